using System.Text.Json;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary><c>chat_dismissed</c>: The chat was dismissed (unconfirmed event; read further fields from Json).</summary>
public sealed class ChatDismissedEvent : ChatWebhookEvent
{
    internal ChatDismissedEvent(JsonElement json)
        : base(json)
    {
    }
}
