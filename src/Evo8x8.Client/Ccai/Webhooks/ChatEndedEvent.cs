using System.Text.Json;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary><c>chat_ended</c>: The chat ended (unconfirmed event; read further fields from Json).</summary>
public sealed class ChatEndedEvent : ChatWebhookEvent
{
    internal ChatEndedEvent(JsonElement json)
        : base(json)
    {
    }
}
