using System.Collections.Concurrent;
using Evo8x8.Client.Ccai.Webhooks;

namespace Evo8x8.Samples.CcaiEvents;

/// <summary>What the receiver was handed, whichever way it came in: the typed events and one line each to print.</summary>
public sealed class CcaiEventLog
{
    public ConcurrentQueue<ChatWebhookEvent> ChatWebhooks { get; } = new();

    public ConcurrentQueue<SessionEvent> SessionEvents { get; } = new();

    public ConcurrentQueue<string> Lines { get; } = new();

    public void Add(ChatWebhookEvent chatEvent, string line)
    {
        ChatWebhooks.Enqueue(chatEvent);
        Lines.Enqueue(line);
    }

    public void Add(SessionEvent sessionEvent, string line)
    {
        SessionEvents.Enqueue(sessionEvent);
        Lines.Enqueue(line);
    }
}
