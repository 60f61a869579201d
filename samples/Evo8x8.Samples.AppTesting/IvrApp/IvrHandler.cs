using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;

namespace Evo8x8.Samples.IvrApp;

/// <summary>Answers each key press with the next menu and hands session summaries to the journal.</summary>
public sealed class IvrHandler(CallJournal journal) : IWebhookHandler
{
    public const string Voice = "en-US-JennyNeural";

    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        if (webhookEvent is SessionSummaryEvent summary)
        {
            journal.Record(summary);
        }

        return Task.CompletedTask;
    }

    public Task<CallActionReply?> HandleCallActionAsync(CallActionEvent callAction, CancellationToken cancellationToken)
    {
        journal.Record(callAction);
        CallActionReply reply = callAction.Payload.Dtmf == "1"
            ? new CallflowBuilder().Say("Sales will call you back within the hour. Goodbye.", Voice).Hangup().BuildReply()
            : new CallflowBuilder().Say("Support will email you today. Goodbye.", Voice).Hangup().BuildReply();
        return Task.FromResult<CallActionReply?>(reply);
    }
}
