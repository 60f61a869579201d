using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Evo8x8.Client.AspNetCore.Deduplication;

/// <summary>Turns on de-duplication of 8x8 webhook deliveries for every endpoint, filter and attribute of the application.</summary>
public static class WebhookDeduplicationServiceCollectionExtensions
{
    /// <summary>
    /// De-duplicates deliveries with claims held in this process (<see cref="InMemoryWebhookClaimStore"/>): right for one
    /// instance. For several instances use the Redis store of Evo8x8.Client.AspNetCore.Redis instead.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the window and the behaviour when the store is unavailable.</param>
    /// <returns>The same services, to chain calls.</returns>
    public static IServiceCollection AddEightByEightWebhookDeduplication(this IServiceCollection services, Action<WebhookDeduplicationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<WebhookDeduplicationOptions>().Configure(options => configure?.Invoke(options));
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.Replace(ServiceDescriptor.Singleton<IWebhookClaimStore, InMemoryWebhookClaimStore>());
        return services;
    }
}
