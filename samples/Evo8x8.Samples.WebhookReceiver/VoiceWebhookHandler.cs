using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;

namespace Evo8x8.Samples.WebhookReceiver;

public sealed class VoiceWebhookHandler : IWebhookHandler
{
    private const string Voice = "en-US-JennyNeural";

    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        switch (webhookEvent)
        {
            case SessionSummaryEvent summary:
                Console.WriteLine($"Session {summary.Payload.SessionId} ended {summary.Payload.SessionStatus} (dedupe on {summary.DeduplicationKey})");
                foreach (CallLeg leg in summary.Payload.Legs)
                {
                    Console.WriteLine($"  {leg.Name}: {leg.Source} -> {leg.Destination}, {leg.CallStatus}, {leg.CallDuration?.TotalSeconds} s, MOS {leg.CallQuality?.Mos}");
                }

                break;
            case CallStatusEvent status:
                Console.WriteLine($"Call {status.Payload.CallId} is now {status.Payload.CallStatus}");
                break;
            case UnknownWebhookEvent unknown:
                Console.WriteLine($"New event type {unknown.EventType}: {unknown.RawJson.Length} characters kept");
                break;
        }

        return Task.CompletedTask;
    }

    public Task<CallActionReply?> HandleCallActionAsync(CallActionEvent callAction, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Call {callAction.Payload.CallId} pressed '{callAction.Payload.Dtmf}' in menu '{callAction.Payload.ClientActionId}'");
        CallActionReply reply = callAction.Payload.Dtmf switch
        {
            "1" => new CallflowBuilder().Say("Connecting you to sales.", Voice).MakeCall("+6568332048", "+6591234567").BuildReply("sales"),
            "2" => new CallflowBuilder().Say("Support will call you back today. Goodbye.", Voice).Hangup().BuildReply("support"),
            _ => new CallflowBuilder().SayAndCapture("Press 1 for sales or 2 for support.", Voice, minDigits: 1, maxDigits: 1).BuildReply("main-menu"),
        };
        return Task.FromResult<CallActionReply?>(reply);
    }
}
