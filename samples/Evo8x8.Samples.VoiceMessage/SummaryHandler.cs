using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Samples.VoiceMessage;

/// <summary>Receives 8x8's webhooks; this sample only cares about the session summary.</summary>
public sealed class SummaryHandler(SummaryInbox inbox) : IWebhookHandler
{
    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        if (webhookEvent is SessionSummaryEvent summary)
        {
            inbox.Deliver(summary);
        }

        return Task.CompletedTask;
    }

    public Task<CallActionReply?> HandleCallActionAsync(CallActionEvent callAction, CancellationToken cancellationToken)
        => Task.FromResult<CallActionReply?>(null);
}
