using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// One call leg of a session summary: who called whom, when it rang, connected and ended, and how it went.
/// Any field 8x8 leaves out is <see langword="null"/>.
/// </summary>
public sealed record CallLeg
{
    private string _name = string.Empty;
    private UnknownMemberStore? _unknown;

    /// <summary>The leg's key in the summary's <c>details</c> object, as sent (<c>CallA</c>, <c>callA</c>, <c>CallB</c> …).</summary>
    [JsonIgnore]
    public string Name { get => _name; init => _name = value ?? string.Empty; }

    /// <summary>The call leg's unique id.</summary>
    [JsonInclude]
    public string? CallId { get; internal set; }

    /// <summary>Whether 8x8 placed the leg or received it.</summary>
    [JsonInclude]
    public CallDirection? CallDirection { get; internal set; }

    /// <summary>Where the leg was initiated; always <c>PSTN</c> for voice messaging.</summary>
    [JsonInclude]
    public CallType? CallType { get; internal set; }

    /// <summary>When the leg was initiated.</summary>
    [JsonInclude]
    public Instant? InitiatedTimestamp { get; internal set; }

    /// <summary>When the leg was answered; <see langword="null"/> when it never was.</summary>
    [JsonInclude]
    public Instant? ConnectedTimestamp { get; internal set; }

    /// <summary>When the leg ended.</summary>
    [JsonInclude]
    public Instant? DisconnectedTimestamp { get; internal set; }

    /// <summary>The caller ID shown on the leg.</summary>
    [JsonInclude]
    public string? Source { get; internal set; }

    /// <summary>The number the leg called.</summary>
    [JsonInclude]
    public string? Destination { get; internal set; }

    /// <summary>The format of <see cref="Source"/>; always <c>MSISDN</c> for voice messaging.</summary>
    [JsonInclude]
    public string? SourceFormat { get; internal set; }

    /// <summary>The format of <see cref="Destination"/>; always <c>MSISDN</c> for voice messaging.</summary>
    [JsonInclude]
    public string? DestinationFormat { get; internal set; }

    /// <summary>The country of <see cref="Source"/>, for example <c>US</c>.</summary>
    [JsonInclude]
    public string? SourceCountryCode { get; internal set; }

    /// <summary>The country of <see cref="Destination"/>, for example <c>SG</c>.</summary>
    [JsonInclude]
    public string? DestinationCountryCode { get; internal set; }

    /// <summary>
    /// The reference id of the virtual number on an outbound leg, where it is the <see cref="Source"/> (caller ID);
    /// <see langword="null"/> for inbound legs. 8x8's pages disagree: the IVR and voice-messaging pages say "used as
    /// caller ID", the number-masking page says "that has been called"; the samples match the former. 8x8 spells
    /// it <c>SourceRefId</c> or <c>sourceRefId</c> and sends the text <c>"null"</c> for none.
    /// </summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    [JsonInclude]
    public string? SourceRefId { get; internal set; }

    /// <summary>
    /// The reference id of the virtual number on an inbound leg, where it is the <see cref="Destination"/> (the
    /// number called); <see langword="null"/> for outbound legs. 8x8's IVR page says "the virtual number that was
    /// called", the number-masking page "used as callerId"; the samples match the former.
    /// </summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    [JsonInclude]
    public string? DestinationRefId { get; internal set; }

    /// <summary>The leg's outcome; 8x8 sends values beyond its documented list (for example <c>ERROR</c>).</summary>
    [JsonInclude]
    public CallStatus? CallStatus { get; internal set; }

    /// <summary>How long the leg was connected (JSON <c>callDuration</c>, whole seconds).</summary>
    [JsonConverter(typeof(SecondsDurationJsonConverter))]
    [JsonInclude]
    public Duration? CallDuration { get; internal set; }

    /// <summary>The leg's quality indicators; <see langword="null"/> when 8x8 sent none (for example an unanswered leg).</summary>
    [JsonInclude]
    public CallQuality? CallQuality { get; internal set; }

    // The name is the leg's key in the enclosing object, known only to the reader that found the leg there.
    internal void SetName(string name) => _name = name;

    /// <summary>The JSON members of the leg this SDK does not name, kept as sent so a field 8x8 adds is readable today.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> ExtensionData => _unknown?.View ?? UnknownMembers.Empty;

    // Built from the store on first use: what the context writes from, and fills when it reads the model itself.
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? Unknown { get => _unknown?.Members; set => _unknown = UnknownMemberStore.Of(value, _unknown); }

    // Where WebhookParser's reader keeps the members it does not know, until someone reads them.
    internal UnknownMemberStore? UnknownStore { get => _unknown; set => _unknown = value; }
}
