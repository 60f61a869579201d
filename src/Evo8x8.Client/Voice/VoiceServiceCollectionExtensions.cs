using Evo8x8.Client.Core.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.Voice;

/// <summary>
/// Registers 8x8 voice clients: <see cref="IVoiceClient"/> for the default one, <see cref="IVoiceClientFactory"/>
/// for named ones (one per subaccount or tenant), each over its own pooled <see cref="HttpClient"/> from
/// <c>IHttpClientFactory</c> with retries, timeouts, logging, traces and metrics.
/// </summary>
/// <remarks>
/// Options are validated when the host starts (<c>ValidateOnStart</c>): a missing API key, a subaccount id that
/// breaks 8x8's pattern, a base address that is not https, or a bad retry setting stops start-up with a message
/// naming the client, the setting and the fix. A <c>CallflowValidationOptions</c> registered as a singleton is
/// used by every 8x8 client. Every method returns the <see cref="IHttpClientBuilder"/> so that your own
/// handlers can be chained; they run inside the retries, once per attempt.
/// </remarks>
public static class VoiceServiceCollectionExtensions
{
    private static readonly ClientProduct<VoiceClientOptions, IVoiceClient, IVoiceClientFactory> Product =
        new("8x8 voice client", options => options.FindProblems(), VoiceClient.Authorization, (factory, name) => factory.Create(name));

    /// <summary>Registers the default 8x8 client with options bound from a configuration section (AOT-safe binding).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <c>ApiKey</c>, <c>SubAccountId</c> and optionally <c>BaseAddress</c> and <c>Resilience</c>.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddEightByEightVoice(this IServiceCollection services, IConfiguration configuration)
        => services.AddEightByEightVoice(Options.DefaultName, configuration);

    /// <summary>Registers the default 8x8 client with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddEightByEightVoice(this IServiceCollection services, Action<VoiceClientOptions> configure)
        => services.AddEightByEightVoice(Options.DefaultName, configure);

    /// <summary>Registers a named 8x8 client, resolved with <see cref="IVoiceClientFactory.Create"/>, with options bound from a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, for example the tenant it serves.</param>
    /// <param name="configuration">The section holding the client's settings.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddEightByEightVoice(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Add(services, name, (configuration as IConfigurationSection)?.Path, options => options.Bind(configuration));
    }

    /// <summary>Registers a named 8x8 client, resolved with <see cref="IVoiceClientFactory.Create"/>, with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, for example the tenant it serves.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddEightByEightVoice(this IServiceCollection services, string name, Action<VoiceClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Add(services, name, null, options => options.Configure(configure));
    }

    private static IHttpClientBuilder Add(
        IServiceCollection services, string name, string? configurationPath, Action<OptionsBuilder<VoiceClientOptions>> configure)
        => ClientServices.Add<VoiceClientOptions, IVoiceClient, IVoiceClientFactory, VoiceClientFactory>(services, name, Product, configurationPath, configure);
}
