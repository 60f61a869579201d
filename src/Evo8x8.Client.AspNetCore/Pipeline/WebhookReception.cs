using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// The checks every 8x8 webhook entry point applies, in one place: source filter (403), <c>Authorization</c> (401), size
/// (413), parsing (400), then the de-duplication claim. Used by the mapped endpoint, the endpoint filter and the MVC filter.
/// </summary>
internal sealed class WebhookReception(WebhookRulesSource rulesSource, ILogger logger)
{
    private readonly WebhookDeduplication _deduplication = new(logger);

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
            if (ForwardedHeadersTrust.IgnoredForwardedFor(context.Request) is { } forwardedFor)
            {
                WebhookLog.SourceRefusedForwardedForIgnored(logger, context.Connection.RemoteIpAddress?.ToString(), forwardedFor);
            }
            else
            {
                WebhookLog.SourceRefused(logger, context.Connection.RemoteIpAddress?.ToString());
            }

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
            // The message quotes the sender's member names: they leave in JSON escapes only, never as markup.
            return WebhookAdmission.Answered(new WebhookProblem(status, "Malformed webhook body", ex.Message) { QuotesInput = true });
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

        return await _deduplication.ClaimAsync(context, webhookEvent, rules.DeduplicationScope).ConfigureAwait(false);
    }

    /// <summary>The checks as the endpoint filter and the MVC attribute run them.</summary>
    public async Task<IDeliveryAdmission> AdmitDeliveryAsync(HttpContext context)
        => new AdmittedWebhook(this, await AdmitAsync(context).ConfigureAwait(false));

    /// <summary>Gives the claim back and answers 500: the handler failed, so 8x8's redelivery must be processed.</summary>
    public async Task<IResult> FailAsync(WebhookAdmission admission, Exception exception)
    {
        WebhookLog.HandlerFailed(logger, exception, admission.Event?.EventType.Value);
        await ReleaseAsync(admission).ConfigureAwait(false);
        return WebhookProblem.HandlerFailed();
    }

    /// <summary>Gives the claim back without an answer: the handler failed in a way the caller answers itself.</summary>
    public Task ReleaseAsync(WebhookAdmission admission) => admission.Claim?.ReleaseAsync() ?? Task.CompletedTask;

    /// <summary>Marks the claim done: the handler succeeded, so a duplicate from now on is answered 200 unprocessed.</summary>
    public Task CompleteAsync(WebhookAdmission admission) => admission.Claim?.CompleteAsync() ?? Task.CompletedTask;

    private static WebhookAdmission Refuse(int status, string title, string detail)
        => WebhookAdmission.Answered(new WebhookProblem(status, title, detail));
}
