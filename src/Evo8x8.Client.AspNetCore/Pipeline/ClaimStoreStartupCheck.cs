using Evo8x8.Client.AspNetCore.Deduplication;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// Asks the claim store for a key while the application starts, before deliveries arrive: a wrong connection string
/// then fails the start or logs one error, instead of passing silently.
/// </summary>
internal sealed class ClaimStoreStartupCheck(IWebhookClaimStore store, IOptions<WebhookDeduplicationOptions> options, ClaimStoreOutage outage) : IHostedService
{
    // Longer than a store's own connect timeout (StackExchange.Redis: 5 s), so that its own error is the one reported.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        WebhookDeduplicationOptions settings = options.Value;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        try
        {
            await store.GetStateAsync(settings.KeyPrefix + "startup-check", limit.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            if (settings.FailStartupWhenStoreUnavailable)
            {
                throw new InvalidOperationException(
                    $"The 8x8 webhook claim store does not answer at start-up ({ClaimStoreOutage.Describe(ex)}); check its connection string, "
                    + "or set WebhookDeduplicationOptions.FailStartupWhenStoreUnavailable = false to start anyway.",
                    ex);
            }

            outage.FailedAtStartup(ex, settings.WhenStoreUnavailable);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
