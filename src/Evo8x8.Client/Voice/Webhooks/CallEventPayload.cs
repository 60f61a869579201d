using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The payload shared by call action (VCA) and call status (VCS) events: one call, the step it reached and,
/// for captured input, the digits pressed. Any field 8x8 leaves out is <see langword="null"/>.
/// </summary>
public sealed record CallEventPayload
{
    private string? _dtmf;
    private UnknownMemberStore? _unknown;

    /// <summary>The id of this event; the same on every delivery of it, so it is the key to de-duplicate on.</summary>
    [JsonInclude]
    public string? EventId { get; internal set; }

    /// <summary>The call's unique id.</summary>
    [JsonInclude]
    public string? CallId { get; internal set; }

    /// <summary>The voice session the call belongs to.</summary>
    [JsonInclude]
    public string? SessionId { get; internal set; }

    /// <summary>The 8x8 subaccount the call runs under.</summary>
    [JsonInclude]
    public string? SubAccountId { get; internal set; }

    /// <summary>The step the call reached, for example <c>ACTION_COMPLETED</c> or <c>CALL_CONNECTED</c>.</summary>
    [JsonInclude]
    public CallStatus? CallStatus { get; internal set; }

    /// <summary>Whether 8x8 placed the call or received it.</summary>
    [JsonInclude]
    public CallDirection? CallDirection { get; internal set; }

    /// <summary>Where the call was initiated, <c>PSTN</c> or <c>VOIP</c>.</summary>
    [JsonInclude]
    public CallType? CallType { get; internal set; }

    /// <summary>The caller's number.</summary>
    [JsonInclude]
    public string? Source { get; internal set; }

    /// <summary>The called number.</summary>
    [JsonInclude]
    public string? Destination { get; internal set; }

    /// <summary>The format of <see cref="Source"/>, usually <c>MSISDN</c>.</summary>
    [JsonInclude]
    public string? SourceFormat { get; internal set; }

    /// <summary>The format of <see cref="Destination"/>, usually <c>MSISDN</c>.</summary>
    [JsonInclude]
    public string? DestinationFormat { get; internal set; }

    /// <summary>The country of <see cref="Source"/>.</summary>
    [JsonInclude]
    public string? SourceCountryCode { get; internal set; }

    /// <summary>The country of <see cref="Destination"/>.</summary>
    [JsonInclude]
    public string? DestinationCountryCode { get; internal set; }

    /// <summary>
    /// The reference id of the virtual number that is the <see cref="Source"/> (outbound calls); the text <c>"null"</c>
    /// reads as <see langword="null"/>. 8x8's pages disagree on its meaning; see <see cref="CallLeg.SourceRefId"/>.
    /// </summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    [JsonInclude]
    public string? SourceRefId { get; internal set; }

    /// <summary>
    /// The reference id of the virtual number that is the <see cref="Destination"/> (inbound calls); the text <c>"null"</c>
    /// reads as <see langword="null"/>. 8x8's pages disagree on its meaning; see <see cref="CallLeg.DestinationRefId"/>.
    /// </summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    [JsonInclude]
    public string? DestinationRefId { get; internal set; }

    /// <summary>How long the call has been connected (JSON <c>callDuration</c>, whole seconds).</summary>
    [JsonConverter(typeof(SecondsDurationJsonConverter))]
    [JsonInclude]
    public Duration? CallDuration { get; internal set; }

    /// <summary>The event's data object as sent, for example the captured digits.</summary>
    [JsonInclude]
    public CallEventData? EventData { get; internal set; }

    /// <summary>
    /// The digits the caller pressed: taken from <c>dtmf</c> directly in the payload or, when absent there, from
    /// <c>eventData.dtmf</c> (8x8's guides show both places). <see langword="null"/> when no input was captured.
    /// </summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    [JsonInclude]
    public string? Dtmf { get => _dtmf ?? EventData?.Dtmf; internal set => _dtmf = value; }

    /// <summary>The SIP response code of the call, when 8x8 sent one (for example 200 or 486).</summary>
    [JsonInclude]
    public int? SipCode { get; internal set; }

    /// <summary>When the event happened.</summary>
    [JsonInclude]
    public Instant? Timestamp { get; internal set; }

    /// <summary>The id you gave the action that led here (JSON <c>clientActionId</c>), echoed by 8x8.</summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    [JsonInclude]
    public string? ClientActionId { get; internal set; }

    /// <summary>The JSON members of the payload this SDK does not name, kept as sent so a field 8x8 adds is readable today.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> ExtensionData => _unknown?.View ?? UnknownMembers.Empty;

    // Built from the store on first use: what the context writes from, and fills when it reads the model itself.
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? Unknown { get => _unknown?.Members; set => _unknown = UnknownMemberStore.Of(value, _unknown); }

    // Where WebhookParser's reader keeps the members it does not know, until someone reads them.
    internal UnknownMemberStore? UnknownStore { get => _unknown; set => _unknown = value; }
}
