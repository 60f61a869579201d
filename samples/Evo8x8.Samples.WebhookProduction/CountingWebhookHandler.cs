using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Samples.WebhookProduction;

/// <summary>Counts handler runs across the instances of this process, so that the self-test can show de-duplication.</summary>
public sealed class CountingWebhookHandler : IWebhookHandler
{
    private static int s_runs;

    public static int Runs => Volatile.Read(ref s_runs);

    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref s_runs);
        Console.WriteLine($"Handled {webhookEvent.EventType} ({webhookEvent.DeduplicationKey})");

        // Slow work on purpose, so that the duplicates really overlap.
        await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
    }

    public Task<CallActionReply?> HandleCallActionAsync(CallActionEvent callAction, CancellationToken cancellationToken)
        => Task.FromResult<CallActionReply?>(null);
}
