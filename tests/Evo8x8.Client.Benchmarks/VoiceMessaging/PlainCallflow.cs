using System.Text.Json.Serialization;

namespace Evo8x8.Client.Benchmarks.VoiceMessaging;

// The baseline: the same voice-message request as plain settable DTOs, serialized by source-generated
// System.Text.Json with its default encoder. It has no validation, no typed actions and no time types.
public sealed class PlainCallflow
{
    public string? ValidUntil { get; set; }

    [JsonPropertyName("callflow")]
    public List<PlainAction> Actions { get; set; } = [];
}

public sealed class PlainAction
{
    public string Action { get; set; } = string.Empty;

    public PlainParams? Params { get; set; }
}

public sealed class PlainParams
{
    public string? Source { get; set; }

    public string? Destination { get; set; }

    public string? Text { get; set; }

    public string? VoiceProfile { get; set; }

    public int? Repetition { get; set; }

    public double? Speed { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlainCallflow))]
internal sealed partial class PlainCallflowContext : JsonSerializerContext;
