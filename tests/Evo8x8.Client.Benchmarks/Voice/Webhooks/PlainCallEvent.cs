using System.Text.Json.Serialization;

namespace Evo8x8.Client.Benchmarks.Voice.Webhooks;

// The baseline for call action (VCA) and call status (VCS) events: the same shape as plain settable DTOs with no
// tolerance, no extension data and no duplicate-key refusal, deserialized by source-generated System.Text.Json.
public sealed class PlainCallEventEnvelope
{
    public string? Namespace { get; set; }

    public string? EventType { get; set; }

    public string? Description { get; set; }

    public PlainCallEvent? Payload { get; set; }
}

public sealed class PlainCallEvent
{
    public string? EventId { get; set; }

    public string? CallId { get; set; }

    public string? SessionId { get; set; }

    public string? SubAccountId { get; set; }

    public string? CallStatus { get; set; }

    public string? CallDirection { get; set; }

    public string? CallType { get; set; }

    public string? Source { get; set; }

    public string? Destination { get; set; }

    public string? SourceFormat { get; set; }

    public string? DestinationFormat { get; set; }

    public string? SourceCountryCode { get; set; }

    public string? DestinationCountryCode { get; set; }

    public string? SourceRefId { get; set; }

    public string? DestinationRefId { get; set; }

    public double? CallDuration { get; set; }

    public PlainCallEventData? EventData { get; set; }

    public string? Dtmf { get; set; }

    public int? SipCode { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? ClientActionId { get; set; }
}

public sealed class PlainCallEventData
{
    public string? Dtmf { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(PlainCallEventEnvelope))]
internal sealed partial class PlainCallEventContext : JsonSerializerContext;
