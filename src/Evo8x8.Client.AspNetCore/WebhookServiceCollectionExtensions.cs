using Evo8x8.Client.AspNetCore.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.AspNetCore;

/// <summary>
/// Registers the options of 8x8 webhook endpoints, filters and attributes, read through <c>IOptionsMonitor</c> so that a
/// rotated secret applies without a restart.
/// </summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Binds the webhook options to a configuration section and follows its changes: for example
    /// <c>{"AuthorizationHeaderValues": ["Bearer new", "Bearer old"], "AllowedSources": ["8x8-voice"]}</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The section with the <see cref="WebhookEndpointOptions"/> properties.</param>
    /// <returns>The same services, to chain calls.</returns>
    public static IServiceCollection AddEightByEightWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<WebhookEndpointOptions>(configuration);
        services.TryAddSingleton<MonitoredWebhookReception>();
        services.AddHostedService<ForwardedHeadersStartupCheck>();
        return services;
    }

    /// <summary>Sets the webhook options in code; they can still be changed by other <c>IConfigureOptions</c> registrations.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the accepted <c>Authorization</c> values, sources and limits.</param>
    /// <returns>The same services, to chain calls.</returns>
    public static IServiceCollection AddEightByEightWebhooks(this IServiceCollection services, Action<WebhookEndpointOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        services.TryAddSingleton<MonitoredWebhookReception>();
        services.AddHostedService<ForwardedHeadersStartupCheck>();
        return services;
    }
}
