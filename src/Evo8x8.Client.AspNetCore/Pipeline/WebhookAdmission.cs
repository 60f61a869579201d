using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// What the shared checks decided about one delivery: either an answer to send without running the handler (a refusal,
/// or 200 for a duplicate), or the parsed event with the claim to complete or give back after the handler ran.
/// </summary>
internal sealed class WebhookAdmission
{
    private WebhookAdmission(IResult? answer, WebhookEvent? webhookEvent, WebhookClaim? claim)
    {
        Answer = answer;
        Event = webhookEvent;
        Claim = claim;
    }

    /// <summary>The answer to send instead of running the handler, or <see langword="null"/> when the handler should run.</summary>
    public IResult? Answer { get; }

    public WebhookEvent? Event { get; }

    public WebhookClaim? Claim { get; }

    public static WebhookAdmission Answered(IResult answer) => new(answer, null, null);

    public static WebhookAdmission Admitted(WebhookEvent webhookEvent, WebhookClaim? claim = null) => new(null, webhookEvent, claim);
}
