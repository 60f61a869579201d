using System.Collections.Concurrent;
using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.Ccai.Webhooks;

namespace Evo8x8.Samples.CcaiEvents;

/// <summary>Receives chat webhooks whose signature checked out.</summary>
public sealed class ChatHandler(ConcurrentQueue<string> seen) : ICcaiChatWebhookHandler
{
    public Task HandleAsync(ChatWebhookEvent chatEvent, CancellationToken cancellationToken)
    {
        string line = chatEvent switch
        {
            ChatMessageReceivedEvent message => $"chat {message.ChatId}: {message.SenderType} says '{message.Content}'",
            UnknownChatWebhookEvent other => $"chat {other.ChatId}: {other.EventType} (raw: {other.Json.GetRawText()})",
            _ => $"chat {chatEvent.ChatId}: {chatEvent.EventType}",
        };
        seen.Enqueue(line);
        return Task.CompletedTask;
    }
}
