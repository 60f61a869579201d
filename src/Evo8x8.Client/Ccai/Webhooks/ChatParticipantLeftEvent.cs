using System.Text.Json;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary><c>participant_left</c>: A participant left the chat (unconfirmed event; read further fields from Json).</summary>
public sealed class ChatParticipantLeftEvent : ChatWebhookEvent
{
    internal ChatParticipantLeftEvent(JsonElement json)
        : base(json)
    {
    }
}
