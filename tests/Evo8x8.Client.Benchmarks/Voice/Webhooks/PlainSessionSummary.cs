using System.Text.Json.Serialization;

namespace Evo8x8.Client.Benchmarks.Voice.Webhooks;

// The baseline: the same VSS shape as plain settable DTOs with no tolerance at all, deserialized by
// source-generated System.Text.Json (and by Newtonsoft.Json). It breaks on the real quirks the SDK reads.
public sealed class PlainEnvelope
{
    public string? Namespace { get; set; }

    public string? EventType { get; set; }

    public string? Description { get; set; }

    public PlainSessionSummary? Payload { get; set; }
}

public sealed class PlainSessionSummary
{
    public string? SessionId { get; set; }

    public string? SubAccountId { get; set; }

    public string? SessionStatus { get; set; }

    public DateTimeOffset? StartTime { get; set; }

    public DateTimeOffset? EndTime { get; set; }

    public string? LastAction { get; set; }

    public int CallCount { get; set; }

    public PlainErrorDetails? ErrorDetails { get; set; }

    public Dictionary<string, PlainLeg>? Details { get; set; }
}

public sealed class PlainErrorDetails
{
    public string? ErrorMsg { get; set; }

    public int? ErrorCode { get; set; }
}

public sealed class PlainLeg
{
    public string? CallId { get; set; }

    public string? CallDirection { get; set; }

    public string? CallType { get; set; }

    public DateTimeOffset? InitiatedTimestamp { get; set; }

    public DateTimeOffset? ConnectedTimestamp { get; set; }

    public DateTimeOffset? DisconnectedTimestamp { get; set; }

    public string? Source { get; set; }

    public string? Destination { get; set; }

    public string? SourceFormat { get; set; }

    public string? DestinationFormat { get; set; }

    public string? SourceCountryCode { get; set; }

    public string? DestinationCountryCode { get; set; }

    public string? SourceRefId { get; set; }

    public string? CallStatus { get; set; }

    public int? CallDuration { get; set; }

    public PlainCallQuality? CallQuality { get; set; }
}

public sealed class PlainCallQuality
{
    public double? Mos { get; set; }

    public double? PacketLossRate { get; set; }

    public double? Jitter { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(PlainEnvelope))]
internal sealed partial class PlainJsonContext : JsonSerializerContext;
