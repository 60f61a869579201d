using System.Text.Json;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>One accepted action as the emulator read it from the raw JSON: its name, its <c>params</c> (undefined when absent) and its JSON path.</summary>
internal sealed record FlowStep(string Action, JsonElement Params, string Path = "$.callflow[0]")
{
    public const string MakeCall = "makeCall";
    public const string Say = "say";
    public const string PlayFile = "playFile";
    public const string SayAndCapture = "sayAndCapture";
    public const string Hangup = "hangup";

    public static readonly IReadOnlyList<string> Actions = [MakeCall, Say, PlayFile, SayAndCapture, Hangup];

    /// <summary>The JSON path of one of its params, for refusals.</summary>
    public string ParamPath(string name) => $"{Path}.params.{name}";

    public string? Text(string name)
        => Params.ValueKind == JsonValueKind.Object && Params.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public double? Number(string name)
        => Params.ValueKind == JsonValueKind.Object && Params.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public bool? Flag(string name)
        => Params.ValueKind == JsonValueKind.Object && Params.TryGetProperty(name, out JsonElement value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;
}
