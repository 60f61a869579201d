using System.Text.Json;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>The optional correlation ids of a new callflow (8x8's 2026-09-02 release note): strings of at most 50 characters.</summary>
internal sealed partial class CallflowInspector
{
    private const int MaxClientIdLength = 50;

    private static CallflowRefusal? ReadClientId(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return CallflowRefusal.InvalidEntry($"$.{name}", $"{CallflowParamReader.KindName(element)} found, string expected");
        }

        value = element.GetString()!;
        return value.Length > MaxClientIdLength
            ? CallflowRefusal.InvalidEntry($"$.{name}", $"{value.Length} characters found, at most {MaxClientIdLength} allowed")
            : null;
    }
}
