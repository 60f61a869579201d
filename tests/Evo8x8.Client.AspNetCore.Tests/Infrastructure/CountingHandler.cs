using System.Collections.Concurrent;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.AspNetCore.Tests.Infrastructure;

/// <summary>A handler that counts its runs (shared by several applications as one singleton) and fails when told.</summary>
public sealed class CountingHandler : IWebhookHandler
{
    private int _runs;
    private int _failuresLeft;

    public int Runs => Volatile.Read(ref _runs);

    public ConcurrentQueue<WebhookEvent> Events { get; } = new();

    /// <summary>How long each run takes, so that concurrent duplicates overlap.</summary>
    public TimeSpan Work { get; set; }

    public void FailNext(int count) => Volatile.Write(ref _failuresLeft, count);

    /// <summary>Completes once the handler has started <paramref name="runs"/> runs, so that a duplicate surely meets one in flight.</summary>
    public async Task RunsStartedAsync(int runs)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Runs < runs)
        {
            await Task.Delay(10, limit.Token);
        }
    }

    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        Events.Enqueue(webhookEvent);
        if (Work > TimeSpan.Zero)
        {
            await Task.Delay(Work, CancellationToken.None);
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("the handler's database is down");
        }
    }

    public Task<CallActionReply?> HandleCallActionAsync(CallActionEvent callAction, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        Events.Enqueue(callAction);
        return Task.FromResult<CallActionReply?>(null);
    }
}
