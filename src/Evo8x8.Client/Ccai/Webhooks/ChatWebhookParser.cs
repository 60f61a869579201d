using System.Text.Json;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary>Reads the body of a CCAI Platform chat webhook into its typed event. Verify the signature first (<see cref="ChatWebhookSignature"/>).</summary>
public static class ChatWebhookParser
{
    /// <summary>Reads one event; an <c>event_type</c> the SDK does not type becomes an <see cref="UnknownChatWebhookEvent"/>.</summary>
    /// <param name="body">The raw request body (UTF-8 JSON).</param>
    /// <returns>The event.</returns>
    /// <exception cref="JsonException">The body is not a JSON object.</exception>
    public static ChatWebhookEvent Parse(ReadOnlyMemory<byte> body)
    {
        using JsonDocument document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"A chat webhook must be a JSON object, not {document.RootElement.ValueKind}.");
        }

        JsonElement json = document.RootElement.Clone();
        string? type = json.TryGetProperty("event_type", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return type switch
        {
            ChatWebhookEventTypes.MessageReceived => new ChatMessageReceivedEvent(json),
            ChatWebhookEventTypes.ParticipantJoined => new ChatParticipantJoinedEvent(json),
            ChatWebhookEventTypes.ParticipantLeft => new ChatParticipantLeftEvent(json),
            ChatWebhookEventTypes.ChatEnded => new ChatEndedEvent(json),
            ChatWebhookEventTypes.ChatDismissed => new ChatDismissedEvent(json),
            _ => new UnknownChatWebhookEvent(json),
        };
    }
}
