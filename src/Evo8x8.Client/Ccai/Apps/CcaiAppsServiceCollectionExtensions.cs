using Evo8x8.Client.Core.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>
/// Registers CCAI Platform Apps API clients: <see cref="ICcaiAppsClient"/> for the default one,
/// <see cref="ICcaiAppsClientFactory"/> for named ones (one per tenant), each over its own pooled
/// <see cref="HttpClient"/> from <c>IHttpClientFactory</c> with retries (429 after its <c>Retry-After</c>), timeouts,
/// logging, traces and metrics, and the tenant's 10 requests per second kept on this side.
/// </summary>
/// <remarks>
/// Options are validated when the host starts: a missing subdomain, domain or API token stops start-up with a
/// message naming the client, the setting and the fix. Every method returns the <see cref="IHttpClientBuilder"/>.
/// </remarks>
public static class CcaiAppsServiceCollectionExtensions
{
    private static readonly ClientProduct<CcaiAppsClientOptions, ICcaiAppsClient, ICcaiAppsClientFactory> Product =
        new("CCAI Apps API client", options => options.FindProblems(), CcaiAppsClient.Authorization, (factory, name) => factory.Create(name));

    /// <summary>Registers the default client with options bound from a configuration section (AOT-safe binding).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <c>Subdomain</c>, <c>Domain</c>, <c>ApiToken</c> and optionally the others.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddCcaiApps(this IServiceCollection services, IConfiguration configuration)
        => services.AddCcaiApps(Options.DefaultName, configuration);

    /// <summary>Registers the default client with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddCcaiApps(this IServiceCollection services, Action<CcaiAppsClientOptions> configure)
        => services.AddCcaiApps(Options.DefaultName, configure);

    /// <summary>Registers a named client, resolved with <see cref="ICcaiAppsClientFactory.Create"/>, with options bound from a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, for example the tenant it serves.</param>
    /// <param name="configuration">The section holding the client's settings.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddCcaiApps(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Add(services, name, (configuration as IConfigurationSection)?.Path, options => options.Bind(configuration));
    }

    /// <summary>Registers a named client, resolved with <see cref="ICcaiAppsClientFactory.Create"/>, with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, for example the tenant it serves.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddCcaiApps(this IServiceCollection services, string name, Action<CcaiAppsClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Add(services, name, null, options => options.Configure(configure));
    }

    private static IHttpClientBuilder Add(
        IServiceCollection services, string name, string? configurationPath, Action<OptionsBuilder<CcaiAppsClientOptions>> configure)
        => ClientServices.Add<CcaiAppsClientOptions, ICcaiAppsClient, ICcaiAppsClientFactory, CcaiAppsClientFactory>(services, name, Product, configurationPath, configure);
}
