using System.Diagnostics.Metrics;
using System.Globalization;
using Evo8x8.Client.AspNetCore.Deduplication;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// Claims a parsed delivery's key before its handler runs. A duplicate is answered 200 only when a run of its key
/// succeeded; one that arrives while the first is in flight waits (bounded) for its outcome.
/// </summary>
internal sealed class WebhookDeduplication(ILogger logger)
{
    private ClaimStoreOutage? _fallbackOutage;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    // Call actions are never de-duplicated: 8x8 waits for the callflow in the answer, and a repeat means it did not get it.
    public async Task<WebhookAdmission> ClaimAsync(HttpContext context, WebhookEvent webhookEvent, string? configuredScope)
    {
        IServiceProvider services = context.RequestServices;
        IWebhookClaimStore? store = services.GetService<IWebhookClaimStore>();
        if (store is null || webhookEvent is CallActionEvent || webhookEvent.DeduplicationKey is not { } deduplicationKey)
        {
            return WebhookAdmission.Admitted(webhookEvent);
        }

        WebhookDeduplicationOptions options = services.GetRequiredService<IOptions<WebhookDeduplicationOptions>>().Value;
        // Registered by AddEightByEightWebhookDeduplication; a store registered by hand gets one per endpoint.
        ClaimStoreOutage outage = services.GetService<ClaimStoreOutage>()
            ?? (_fallbackOutage ??= new ClaimStoreOutage(services.GetService<ILoggerFactory>(), services.GetService<IMeterFactory>()));
        string key = $"{options.KeyPrefix}{configuredScope ?? ScopeOf(context)}:{deduplicationKey}";
        string claimId = Guid.NewGuid().ToString("N");
        CancellationToken aborted = context.RequestAborted;
        long waitUntil = Environment.TickCount64 + (long)options.InFlightWaitLimit.TotalMilliseconds;
        bool waiting = false;
        while (true)
        {
            bool claimed;
            WebhookClaimState state;
            try
            {
                claimed = await store.TryClaimAsync(key, claimId, options.InFlightLease, aborted).ConfigureAwait(false);
                state = claimed ? WebhookClaimState.InFlight : await store.GetStateAsync(key, aborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (!aborted.IsCancellationRequested)
            {
                // A claim whose answer timed out may still have landed: give it back by its id, without waiting for it.
                _ = ReleaseQuietlyAsync(store, key, claimId);
                outage.Failed(ex, options.WhenStoreUnavailable);
                if (options.WhenStoreUnavailable == ClaimStoreUnavailableBehavior.Answer503)
                {
                    return Refuse(
                        StatusCodes.Status503ServiceUnavailable,
                        "Webhook de-duplication unavailable",
                        "The delivery was not processed because its de-duplication store is unreachable; 8x8 may deliver it again.",
                        retryAfter: null);
                }

                outage.ProcessedWithoutClaim(webhookEvent.EventType.Value);
                return WebhookAdmission.Admitted(webhookEvent);
            }

            outage.Answered();
            if (claimed)
            {
                var claim = new WebhookClaim(store, key, claimId, deduplicationKey, options, outage, logger);
                claim.StartRenewing();
                context.Response.RegisterForDisposeAsync(claim);
                return WebhookAdmission.Admitted(webhookEvent, claim);
            }

            if (state == WebhookClaimState.Done)
            {
                WebhookLog.Duplicate(logger, deduplicationKey);
                return WebhookAdmission.Answered(Results.Ok());
            }

            if (state == WebhookClaimState.InFlight)
            {
                if (Environment.TickCount64 >= waitUntil)
                {
                    WebhookLog.StillInFlight(logger, deduplicationKey, options.InFlightWaitLimit.TotalSeconds);
                    return Refuse(
                        StatusCodes.Status503ServiceUnavailable,
                        "Delivery in progress",
                        "The same event is still being handled by another delivery; deliver it again later.",
                        retryAfter: options.InFlightLease);
                }

                if (!waiting)
                {
                    waiting = true;
                    WebhookLog.WaitingForInFlight(logger, deduplicationKey);
                }

                try
                {
                    await Task.Delay(PollInterval, aborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (aborted.IsCancellationRequested)
                {
                    // 8x8 hung up while waiting: the problem answer closes the connection.
                    return Refuse(StatusCodes.Status503ServiceUnavailable, "Delivery in progress", "The client went away while the delivery waited.", retryAfter: null);
                }
            }

            // None: the first delivery failed and gave the key back, or its lease ran out; try to claim it for this one.
        }
    }

    // The endpoint's route keeps the claims of two receivers on one store apart, unless a scope is configured.
    private static string ScopeOf(HttpContext context)
        => (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? string.Empty;

    private static async Task ReleaseQuietlyAsync(IWebhookClaimStore store, string key, string claimId)
    {
        try
        {
            await store.ReleaseAsync(key, claimId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Best effort: the outage is already logged, and the claim's lease ends it anyway.
        }
    }

    private static WebhookAdmission Refuse(int status, string title, string detail, NodaTime.Duration? retryAfter)
        => WebhookAdmission.Answered(new WebhookProblem(status, title, detail)
        {
            RetryAfterSeconds = retryAfter is { } after ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture) : null,
        });
}
