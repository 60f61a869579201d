using Evo8x8.Client.AspNetCore.Pipeline;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Evo8x8.Client.AspNetCore.Deduplication;

/// <summary>Turns on de-duplication of 8x8 webhook deliveries for every endpoint, filter and attribute of the application.</summary>
public static class WebhookDeduplicationServiceCollectionExtensions
{
    /// <summary>
    /// De-duplicates deliveries with claims held in this process (<see cref="InMemoryWebhookClaimStore"/>): right for one
    /// instance. For several instances use the Redis store of Evo8x8.Client.AspNetCore.Redis instead. The store is
    /// asked once while the application starts (see <see cref="WebhookDeduplicationOptions.FailStartupWhenStoreUnavailable"/>).
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the window, the lease, the key prefix and the behaviour when the store is unavailable.</param>
    /// <returns>The same services, to chain calls.</returns>
    public static IServiceCollection AddEightByEightWebhookDeduplication(this IServiceCollection services, Action<WebhookDeduplicationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<WebhookDeduplicationOptions>()
            .Configure(options => configure?.Invoke(options))
            .Validate(options => options.Window > Duration.Zero, "WebhookDeduplicationOptions.Window must be positive.")
            .Validate(options => options.InFlightLease >= Duration.FromSeconds(1), "WebhookDeduplicationOptions.InFlightLease must be at least one second (it is renewed every third of it).")
            .Validate(options => options.InFlightWaitLimit >= Duration.Zero, "WebhookDeduplicationOptions.InFlightWaitLimit must not be negative.")
            .Validate(options => options.KeyPrefix is not null, "WebhookDeduplicationOptions.KeyPrefix must not be null.")
            .ValidateOnStart();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<ClaimStoreOutage>();
        services.Replace(ServiceDescriptor.Singleton<IWebhookClaimStore, InMemoryWebhookClaimStore>());
        services.AddHostedService<ClaimStoreStartupCheck>();
        return services;
    }
}
