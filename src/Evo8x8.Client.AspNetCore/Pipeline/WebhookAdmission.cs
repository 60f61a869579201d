using Evo8x8.Client.AspNetCore.Deduplication;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// What the shared checks decided about one delivery: either an answer to send without running the handler (a refusal,
/// or 200 for a duplicate), or the parsed event with the claim to give back if the handler fails.
/// </summary>
internal sealed class WebhookAdmission
{
    private WebhookAdmission(IResult? answer, WebhookEvent? webhookEvent, IWebhookClaimStore? claimStore, string? claimId)
    {
        Answer = answer;
        Event = webhookEvent;
        ClaimStore = claimStore;
        ClaimId = claimId;
    }

    /// <summary>The answer to send instead of running the handler, or <see langword="null"/> when the handler should run.</summary>
    public IResult? Answer { get; }

    public WebhookEvent? Event { get; }

    public IWebhookClaimStore? ClaimStore { get; }

    public string? ClaimId { get; }

    public static WebhookAdmission Answered(IResult answer) => new(answer, null, null, null);

    public static WebhookAdmission Admitted(WebhookEvent webhookEvent, IWebhookClaimStore? claimStore = null, string? claimId = null)
        => new(null, webhookEvent, claimStore, claimId);
}
