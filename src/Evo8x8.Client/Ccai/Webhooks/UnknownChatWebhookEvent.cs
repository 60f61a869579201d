using System.Text.Json;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary>A chat webhook whose <c>event_type</c> the SDK does not type: never an error, its JSON is in <see cref="ChatWebhookEvent.Json"/>.</summary>
public sealed class UnknownChatWebhookEvent : ChatWebhookEvent
{
    internal UnknownChatWebhookEvent(JsonElement json)
        : base(json)
    {
    }
}
