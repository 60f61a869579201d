using System.Text.Json;
using NodaTime;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary>
/// One CCAI Platform external session event of a call or chat: its id, time and lifecycle <see cref="State"/>, with the
/// session fields read from the event's <c>item</c> object (or the event itself, as the nesting is undocumented).
/// </summary>
public sealed class SessionEvent
{
    internal SessionEvent(JsonElement json)
    {
        Json = json;
        Item = json.TryGetProperty("item", out JsonElement item) && item.ValueKind == JsonValueKind.Object ? item : json;
        EventId = WebhookJsonText.Of(json, "event_id") ?? WebhookJsonText.Of(Item, "event_id");
        if (json.TryGetProperty("timestamp", out JsonElement ms) && ms.ValueKind == JsonValueKind.Number && ms.TryGetInt64(out long millis))
        {
            Timestamp = Instant.FromUnixTimeMilliseconds(millis);
        }

        State = WebhookJsonText.Of(Item, "state") ?? WebhookJsonText.Of(json, "state") ?? string.Empty;
        CallId = WebhookJsonText.Of(Item, "call_id");
        ChatId = WebhookJsonText.Of(Item, "chat_id");
        Initiator = WebhookJsonText.Of(Item, "initiator");
    }

    /// <summary>The notification's id (JSON <c>event_id</c>), the de-duplication key; <see langword="null"/> when absent.</summary>
    public string? EventId { get; }

    /// <summary>When the event was generated (JSON <c>timestamp</c>, epoch milliseconds).</summary>
    public Instant? Timestamp { get; }

    /// <summary>The session's lifecycle state (JSON <c>state</c>); see <see cref="SessionEventStates"/>, any other value is kept as sent.</summary>
    public string State { get; }

    /// <summary>The call's id (JSON <c>call_id</c>) on a call event.</summary>
    public string? CallId { get; }

    /// <summary>The chat's id (JSON <c>chat_id</c>, a guess for chat events; unconfirmed).</summary>
    public string? ChatId { get; }

    /// <summary>Who caused the change (JSON <c>initiator</c>), for example <c>virtual_agent_15</c> or <c>agent_1</c>.</summary>
    public string? Initiator { get; }

    /// <summary>Whether <see cref="State"/> is one of <see cref="SessionEventStates"/>.</summary>
    public bool IsKnownState => State is SessionEventStates.Connected or SessionEventStates.Disconnected;

    /// <summary>The session details (JSON <c>item</c>), or the event itself when it has no <c>item</c>.</summary>
    public JsonElement Item { get; }

    /// <summary>The whole event as received.</summary>
    public JsonElement Json { get; }
}
