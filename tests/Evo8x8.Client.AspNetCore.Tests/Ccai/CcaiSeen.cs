using System.Collections.Concurrent;
using Evo8x8.Client.Ccai.Webhooks;

namespace Evo8x8.Client.AspNetCore.Tests.Ccai;

/// <summary>What the receiving code of a test app was handed; it throws while <see cref="FailuresLeft"/> is above zero.</summary>
public sealed class CcaiSeen
{
    private int _failuresLeft;

    public ConcurrentQueue<ChatWebhookEvent> Chats { get; } = new();

    public ConcurrentQueue<SessionEvent> SessionEvents { get; } = new();

    public int FailuresLeft
    {
        set => _failuresLeft = value;
    }

    public void Record(ChatWebhookEvent chatEvent)
    {
        Chats.Enqueue(chatEvent);
        FailIfAsked();
    }

    public void Record(IEnumerable<SessionEvent> sessionEvents)
    {
        foreach (SessionEvent sessionEvent in sessionEvents)
        {
            SessionEvents.Enqueue(sessionEvent);
        }

        FailIfAsked();
    }

    private void FailIfAsked()
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("The receiving code failed, as the test asked.");
        }
    }
}
