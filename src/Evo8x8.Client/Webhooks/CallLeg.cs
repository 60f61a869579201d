using System.Text.Json.Serialization;
using Evo8x8.Client.Serialization;
using NodaTime;

namespace Evo8x8.Client.Webhooks;

/// <summary>
/// One call leg of a session summary: who called whom, when it rang, connected and ended, and how it went.
/// Any field 8x8 leaves out is <see langword="null"/>.
/// </summary>
public sealed record CallLeg
{
    private string _name = string.Empty;

    /// <summary>The leg's key in the summary's <c>details</c> object, as sent (<c>CallA</c>, <c>callA</c>, <c>CallB</c> …).</summary>
    [JsonIgnore]
    public string Name { get => _name; init => _name = value ?? string.Empty; }

    /// <summary>The call leg's unique id.</summary>
    public string? CallId { get; init; }

    /// <summary>Whether 8x8 placed the leg or received it.</summary>
    public CallDirection? CallDirection { get; init; }

    /// <summary>Where the leg was initiated; always <c>PSTN</c> for voice messaging.</summary>
    public CallType? CallType { get; init; }

    /// <summary>When the leg was initiated.</summary>
    public Instant? InitiatedTimestamp { get; init; }

    /// <summary>When the leg was answered; <see langword="null"/> when it never was.</summary>
    public Instant? ConnectedTimestamp { get; init; }

    /// <summary>When the leg ended.</summary>
    public Instant? DisconnectedTimestamp { get; init; }

    /// <summary>The caller ID shown on the leg.</summary>
    public string? Source { get; init; }

    /// <summary>The number the leg called.</summary>
    public string? Destination { get; init; }

    /// <summary>The format of <see cref="Source"/>; always <c>MSISDN</c> for voice messaging.</summary>
    public string? SourceFormat { get; init; }

    /// <summary>The format of <see cref="Destination"/>; always <c>MSISDN</c> for voice messaging.</summary>
    public string? DestinationFormat { get; init; }

    /// <summary>The country of <see cref="Source"/>, for example <c>US</c>.</summary>
    public string? SourceCountryCode { get; init; }

    /// <summary>The country of <see cref="Destination"/>, for example <c>SG</c>.</summary>
    public string? DestinationCountryCode { get; init; }

    /// <summary>
    /// For an outbound leg, the reference id of the virtual number called; <see langword="null"/> for inbound
    /// legs. 8x8 spells it <c>SourceRefId</c> or <c>sourceRefId</c> and sends the text <c>"null"</c> for none.
    /// </summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    public string? SourceRefId { get; init; }

    /// <summary>The leg's outcome; 8x8 sends values beyond its documented list (for example <c>ERROR</c>).</summary>
    public CallStatus? CallStatus { get; init; }

    /// <summary>How long the leg was connected (JSON <c>callDuration</c>, whole seconds).</summary>
    [JsonConverter(typeof(SecondsDurationJsonConverter))]
    public Duration? CallDuration { get; init; }

    /// <summary>The leg's quality indicators; <see langword="null"/> when 8x8 sent none (for example an unanswered leg).</summary>
    public CallQuality? CallQuality { get; init; }

    // The name is the leg's key in the enclosing object, known only to the reader that found the leg there.
    internal void SetName(string name) => _name = name;
}
