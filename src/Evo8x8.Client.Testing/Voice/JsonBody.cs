using System.Text.Json;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>Reads a request body as a JSON object, or says in JSON words why it is not one.</summary>
internal static class JsonBody
{
    public static bool TryReadObject(string body, out JsonElement root, out string? problem)
    {
        problem = null;
        root = default;
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            problem = $"Invalid JSON request body (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})";
            return false;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "Invalid param: $ must be a JSON object";
            return false;
        }

        return true;
    }

    public static string? Text(JsonElement root, string name)
        => root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
