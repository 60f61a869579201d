using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.Ccai.Webhooks;

namespace Evo8x8.Samples.CcaiEvents;

/// <summary>Receives chat webhooks whose signature checked out.</summary>
public sealed class ChatHandler(CcaiEventLog log) : ICcaiChatWebhookHandler
{
    public Task HandleAsync(ChatWebhookEvent chatEvent, CancellationToken cancellationToken)
    {
        log.Add(chatEvent, Describe(chatEvent));
        return Task.CompletedTask;
    }

    public static string Describe(ChatWebhookEvent chatEvent)
    {
        string line = chatEvent switch
        {
            ChatMessageReceivedEvent message => $"chat {message.ChatId}: {message.SenderType} says '{message.Content}'",
            UnknownChatWebhookEvent other => $"chat {other.ChatId}: {other.EventType} (raw: {other.Json.GetRawText()})",
            _ => $"chat {chatEvent.ChatId}: {chatEvent.EventType}",
        };
        return line;
    }
}
