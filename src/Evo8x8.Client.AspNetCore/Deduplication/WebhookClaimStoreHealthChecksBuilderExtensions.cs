using Evo8x8.Client.AspNetCore.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.AspNetCore.Deduplication;

/// <summary>Reports the de-duplication claim store of 8x8 webhooks in ASP.NET Core health checks.</summary>
public static class WebhookClaimStoreHealthChecksBuilderExtensions
{
    /// <summary>The name the claim store's health check is registered under unless another is given.</summary>
    public const string DefaultName = "evo8x8-webhook-claim-store";

    /// <summary>
    /// Adds a check that reads a key from the registered <see cref="IWebhookClaimStore"/>: healthy while it answers,
    /// <paramref name="failureStatus"/> (default unhealthy) when it does not, with what deliveries get meanwhile.
    /// </summary>
    /// <param name="builder">The builder returned by <c>services.AddHealthChecks()</c>.</param>
    /// <param name="name">The check's name in health reports.</param>
    /// <param name="failureStatus">The status reported while the store does not answer; <see langword="null"/> for unhealthy.</param>
    /// <param name="tags">Tags to filter health endpoints by, for example <c>["ready"]</c>.</param>
    /// <returns>The same builder, to chain calls.</returns>
    public static IHealthChecksBuilder AddEightByEightWebhookClaimStore(
        this IHealthChecksBuilder builder,
        string name = DefaultName,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new ClaimStoreHealthCheck(
                services.GetService<IWebhookClaimStore>(),
                services.GetRequiredService<IOptions<WebhookDeduplicationOptions>>().Value,
                services.GetService<ClaimStoreOutage>()),
            failureStatus,
            tags));
    }
}
