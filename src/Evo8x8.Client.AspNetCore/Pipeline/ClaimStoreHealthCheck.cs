using Evo8x8.Client.AspNetCore.Deduplication;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>Healthy while the claim store answers a read; otherwise says what deliveries get meanwhile.</summary>
internal sealed class ClaimStoreHealthCheck(IWebhookClaimStore? store, WebhookDeduplicationOptions options, ClaimStoreOutage? outage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store is null)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                "No 8x8 webhook claim store is registered: call AddEightByEightWebhookDeduplication or AddEightByEightWebhookDeduplicationOnRedis.");
        }

        var data = new Dictionary<string, object>
        {
            ["processedWithoutClaim"] = outage?.ProcessedWithoutClaimTotal ?? 0L,
        };
        try
        {
            await store.GetStateAsync(options.KeyPrefix + "health-check", cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The 8x8 webhook claim store answers.", data);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // No exception in the result: a detailed health writer would publish its stack trace.
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                $"The 8x8 webhook claim store does not answer ({ClaimStoreOutage.Describe(ex)}); deliveries are {ClaimStoreOutage.Outcome(options.WhenStoreUnavailable)}.",
                data: data);
        }
    }
}
