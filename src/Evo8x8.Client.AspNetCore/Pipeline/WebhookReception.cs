using Evo8x8.Client.AspNetCore.Deduplication;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// The checks every 8x8 webhook entry point applies, in one place: source filter (403), <c>Authorization</c> (401), size
/// (413), parsing (400), then the de-duplication claim. Used by the mapped endpoint, the endpoint filter and the MVC filter.
/// </summary>
internal sealed class WebhookReception(WebhookRulesSource rulesSource, ILogger logger)
{
    public async Task<WebhookAdmission> AdmitAsync(HttpContext context)
    {
        WebhookRules? rules = rulesSource.Current(out string? invalidReason);
        if (rules is null)
        {
            WebhookLog.InvalidOptions(logger, invalidReason);
            return Refuse(StatusCodes.Status503ServiceUnavailable, "Webhook endpoint misconfigured", "The endpoint cannot check deliveries until its options are corrected; 8x8 may deliver again.");
        }

        if (!rules.AllowsSource(context.Connection.RemoteIpAddress))
        {
            WebhookLog.SourceRefused(logger, context.Connection.RemoteIpAddress?.ToString());
            return Refuse(StatusCodes.Status403Forbidden, "Forbidden", "The delivery comes from an address outside the endpoint's allowed sources.");
        }

        if (!rules.IsAuthorized(context.Request.Headers.Authorization))
        {
            WebhookLog.Unauthorized(logger, context.Connection.RemoteIpAddress?.ToString());
            return Refuse(StatusCodes.Status401Unauthorized, "Unauthorized", "The Authorization header is missing or does not match the webhook's configured value.");
        }

        WebhookParser parser = rules.Parser;
        if (context.Request.ContentLength > parser.MaxBodyBytes)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"The body is larger than the limit of {parser.MaxBodyBytes} bytes.");
        }

        WebhookEvent webhookEvent;
        try
        {
            webhookEvent = await parser.ParseAsync(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (WebhookParseException ex)
        {
            WebhookLog.Malformed(logger, ex.Failure, ex.Path);
            int status = ex.Failure == WebhookParseFailure.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return Refuse(status, "Malformed webhook body", ex.Message);
        }
        catch (BadHttpRequestException ex)
        {
            // Broken chunked framing, a body shorter than its Content-Length, or one sent too slowly: Kestrel's own
            // words say which; answered here so that no environment's error page (with its headers) answers instead.
            WebhookLog.Unreadable(logger, ex.StatusCode);
            return Refuse(ex.StatusCode, "Unreadable webhook body", $"The request body could not be read: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException || (ex is OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            // The client went away mid-body: the problem answer closes the connection instead (nobody is left to read it).
            WebhookLog.Unreadable(logger, StatusCodes.Status400BadRequest);
            return Refuse(StatusCodes.Status400BadRequest, "Unreadable webhook body", "The request body ended before it was complete.");
        }

        return await ClaimAsync(context, webhookEvent).ConfigureAwait(false);
    }

    /// <summary>Gives the claim back and answers 500: the handler failed, so 8x8's redelivery must be processed.</summary>
    public async Task<IResult> FailAsync(WebhookAdmission admission, Exception exception)
    {
        WebhookLog.HandlerFailed(logger, exception, admission.Event?.EventType.Value);
        await ReleaseAsync(admission).ConfigureAwait(false);
        return WebhookProblem.HandlerFailed();
    }

    public async Task ReleaseAsync(WebhookAdmission admission)
    {
        if (admission.ClaimStore is not { } store || admission.Event?.DeduplicationKey is not { } key || admission.ClaimId is not { } claimId)
        {
            return;
        }

        try
        {
            // Not the request's token: the release must happen even when 8x8 has already hung up.
            await store.ReleaseAsync(key, claimId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            WebhookLog.ReleaseFailed(logger, ex, key);
        }
    }

    // Call actions are never de-duplicated: 8x8 waits for the callflow in the answer, and a repeat means it did not get it.
    private async Task<WebhookAdmission> ClaimAsync(HttpContext context, WebhookEvent webhookEvent)
    {
        IWebhookClaimStore? store = context.RequestServices.GetService<IWebhookClaimStore>();
        if (store is null || webhookEvent is CallActionEvent || webhookEvent.DeduplicationKey is not { } key)
        {
            return WebhookAdmission.Admitted(webhookEvent);
        }

        WebhookDeduplicationOptions options = context.RequestServices.GetRequiredService<IOptions<WebhookDeduplicationOptions>>().Value;
        string claimId = Guid.NewGuid().ToString("N");
        bool claimed;
        try
        {
            claimed = await store.TryClaimAsync(key, claimId, options.Window, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            if (options.WhenStoreUnavailable == ClaimStoreUnavailableBehavior.Answer503)
            {
                WebhookLog.ClaimStoreUnavailable(logger, ex, webhookEvent.EventType.Value, "answered 503");
                return Refuse(StatusCodes.Status503ServiceUnavailable, "Webhook de-duplication unavailable", "The delivery was not processed because its de-duplication store is unreachable; 8x8 may deliver it again.");
            }

            WebhookLog.ClaimStoreUnavailable(logger, ex, webhookEvent.EventType.Value, "processed without de-duplication");
            return WebhookAdmission.Admitted(webhookEvent);
        }

        if (!claimed)
        {
            WebhookLog.Duplicate(logger, key);
            return WebhookAdmission.Answered(Results.Ok());
        }

        return WebhookAdmission.Admitted(webhookEvent, store, claimId);
    }

    private static WebhookAdmission Refuse(int status, string title, string detail)
        => WebhookAdmission.Answered(new WebhookProblem(status, title, detail));
}
