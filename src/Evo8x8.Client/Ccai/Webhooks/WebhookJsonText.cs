using System.Text.Json;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary>Reads a member as text whether CCAI sends it as a string or a number (ids and timestamps vary by source).</summary>
internal static class WebhookJsonText
{
    public static string? Of(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
