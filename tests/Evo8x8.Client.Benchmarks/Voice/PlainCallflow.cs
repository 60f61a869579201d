using System.Text.Json.Serialization;

namespace Evo8x8.Client.Benchmarks.Voice;

// The baseline: the same voice message and answer as plain settable DTOs, written and read by source-generated
// System.Text.Json over a raw HttpClient: no validation, no typed errors, no retries, no telemetry.
public sealed class PlainCallflow
{
    public string? ValidUntil { get; set; }

    public List<PlainAction> Callflow { get; set; } = [];
}

public sealed class PlainAction
{
    public string Action { get; set; } = string.Empty;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PlainParams? Params { get; set; }
}

public sealed class PlainParams
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Destination { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? VoiceProfile { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Repetition { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Speed { get; set; }
}

public sealed class PlainCallflowResult
{
    public string? SessionId { get; set; }

    public string? SessionStatus { get; set; }

    public string? CallFlowRequestId { get; set; }

    public int StatusCode { get; set; }

    public string? StatusMessage { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlainCallflow))]
[JsonSerializable(typeof(PlainCallflowResult))]
internal sealed partial class PlainCallflowContext : JsonSerializerContext;
