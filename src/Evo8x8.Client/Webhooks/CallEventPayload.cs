using System.Text.Json.Serialization;
using Evo8x8.Client.Serialization;
using NodaTime;

namespace Evo8x8.Client.Webhooks;

/// <summary>
/// The payload shared by call action (VCA) and call status (VCS) events: one call, the step it reached and,
/// for captured input, the digits pressed. Any field 8x8 leaves out is <see langword="null"/>.
/// </summary>
public sealed record CallEventPayload
{
    private readonly string? _dtmf;

    /// <summary>The id of this event; the same on every delivery of it, so it is the key to de-duplicate on.</summary>
    public string? EventId { get; init; }

    /// <summary>The call's unique id.</summary>
    public string? CallId { get; init; }

    /// <summary>The voice session the call belongs to.</summary>
    public string? SessionId { get; init; }

    /// <summary>The 8x8 subaccount the call runs under.</summary>
    public string? SubAccountId { get; init; }

    /// <summary>The step the call reached, for example <c>ACTION_COMPLETED</c> or <c>CALL_CONNECTED</c>.</summary>
    public CallStatus? CallStatus { get; init; }

    /// <summary>Whether 8x8 placed the call or received it.</summary>
    public CallDirection? CallDirection { get; init; }

    /// <summary>Where the call was initiated, <c>PSTN</c> or <c>VOIP</c>.</summary>
    public CallType? CallType { get; init; }

    /// <summary>The caller's number.</summary>
    public string? Source { get; init; }

    /// <summary>The called number.</summary>
    public string? Destination { get; init; }

    /// <summary>The format of <see cref="Source"/>, usually <c>MSISDN</c>.</summary>
    public string? SourceFormat { get; init; }

    /// <summary>The format of <see cref="Destination"/>, usually <c>MSISDN</c>.</summary>
    public string? DestinationFormat { get; init; }

    /// <summary>The country of <see cref="Source"/>.</summary>
    public string? SourceCountryCode { get; init; }

    /// <summary>The country of <see cref="Destination"/>.</summary>
    public string? DestinationCountryCode { get; init; }

    /// <summary>The reference id of the source virtual number; the text <c>"null"</c> reads as <see langword="null"/>.</summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    public string? SourceRefId { get; init; }

    /// <summary>The reference id of the destination virtual number; the text <c>"null"</c> reads as <see langword="null"/>.</summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    public string? DestinationRefId { get; init; }

    /// <summary>How long the call has been connected (JSON <c>callDuration</c>, whole seconds).</summary>
    [JsonConverter(typeof(SecondsDurationJsonConverter))]
    public Duration? CallDuration { get; init; }

    /// <summary>The event's data object as sent, for example the captured digits.</summary>
    public CallEventData? EventData { get; init; }

    /// <summary>
    /// The digits the caller pressed: taken from <c>dtmf</c> directly in the payload or, when absent there, from
    /// <c>eventData.dtmf</c> (8x8's guides show both places). <see langword="null"/> when no input was captured.
    /// </summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    public string? Dtmf { get => _dtmf ?? EventData?.Dtmf; init => _dtmf = value; }

    /// <summary>The SIP response code of the call, when 8x8 sent one (for example 200 or 486).</summary>
    public int? SipCode { get; init; }

    /// <summary>When the event happened.</summary>
    public Instant? Timestamp { get; init; }

    /// <summary>The id you gave the action that led here (JSON <c>clientActionId</c>), echoed by 8x8.</summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    public string? ClientActionId { get; init; }
}
