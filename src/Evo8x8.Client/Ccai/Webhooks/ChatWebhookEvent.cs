using System.Text.Json;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary>
/// One CCAI Platform chat webhook (one event per request): its <c>event_type</c>, <c>timestamp</c> and <c>chat_id</c>, and
/// the whole JSON as received. The typed subclasses add what is known of each event; any other type arrives as
/// <see cref="UnknownChatWebhookEvent"/>.
/// </summary>
public abstract class ChatWebhookEvent
{
    private protected ChatWebhookEvent(JsonElement json)
    {
        Json = json;
        EventType = WebhookJsonText.Of(json, "event_type") ?? string.Empty;
        Timestamp = WebhookJsonText.Of(json, "timestamp");
        ChatId = json.TryGetProperty("chat_id", out JsonElement id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out long chatId) ? chatId : null;
    }

    /// <summary>The wire name of the event (JSON <c>event_type</c>), for example <c>message_received</c>; see <see cref="ChatWebhookEventTypes"/>.</summary>
    public string EventType { get; }

    /// <summary>The event's <c>timestamp</c> as sent; its format is not documented, so it is kept as text.</summary>
    public string? Timestamp { get; }

    /// <summary>The chat the event belongs to (JSON <c>chat_id</c>); <see langword="null"/> when absent.</summary>
    public long? ChatId { get; }

    /// <summary>The whole event as received, for the fields the SDK does not name.</summary>
    public JsonElement Json { get; }
}
