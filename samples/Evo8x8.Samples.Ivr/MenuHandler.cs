using System.Threading.Channels;
using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;

namespace Evo8x8.Samples.Ivr;

/// <summary>
/// The IVR itself: each key press arrives as a call action (VCA) and is answered with the next menu,
/// built and validated by the same CallflowBuilder as the first callflow. Every event is also passed on
/// to the program so that it can print the conversation.
/// </summary>
public sealed class MenuHandler(ChannelWriter<WebhookEvent> events) : IWebhookHandler
{
    public const string Voice = "en-GB-Emma";

    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
        => await events.WriteAsync(webhookEvent, cancellationToken);

    public async Task<CallActionReply?> HandleCallActionAsync(CallActionEvent callAction, CancellationToken cancellationToken)
    {
        await events.WriteAsync(callAction, cancellationToken);
        // The first callflow carries no clientActionId; each reply names its menu so the next press can be placed.
        string menu = string.IsNullOrEmpty(callAction.Payload.ClientActionId) ? "main-menu" : callAction.Payload.ClientActionId;
        return (menu, callAction.Payload.Dtmf) switch
        {
            ("main-menu", "1") => new CallflowBuilder()
                .SayAndCapture("Sales. Press 1 for a call back within the hour, or 2 to hear our opening hours.", Voice, minDigits: 1, maxDigits: 1)
                .BuildReply("sales-menu"),
            ("sales-menu", "1") => new CallflowBuilder()
                .Say("Our sales team will call you back within the hour. Goodbye.", Voice)
                .Hangup()
                .BuildReply(),
            ("sales-menu", "2") => new CallflowBuilder()
                .Say("We are open from nine to six, Monday to Friday. Goodbye.", Voice)
                .Hangup()
                .BuildReply(),
            ("main-menu", "2") => new CallflowBuilder()
                .SayAndCapture("Support. Press 1 for billing, or 2 for a technical question.", Voice, minDigits: 1, maxDigits: 1)
                .BuildReply("support-menu"),
            ("support-menu", "1") => new CallflowBuilder()
                .Say("Billing will send your invoice by email today. Goodbye.", Voice)
                .Hangup()
                .BuildReply(),
            _ => new CallflowBuilder()
                .Say("Sorry, that is not an option. Goodbye.", Voice)
                .Hangup()
                .BuildReply(),
        };
    }
}
