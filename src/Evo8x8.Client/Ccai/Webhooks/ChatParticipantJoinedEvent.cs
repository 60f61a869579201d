using System.Text.Json;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary><c>participant_joined</c>: A participant joined the chat (unconfirmed event; read further fields from Json).</summary>
public sealed class ChatParticipantJoinedEvent : ChatWebhookEvent
{
    internal ChatParticipantJoinedEvent(JsonElement json)
        : base(json)
    {
    }
}
