using Evo8x8.Client.Core.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Registers Evo Voice clients: <see cref="IEvoVoiceClient"/> for the default one, <see cref="IEvoVoiceClientFactory"/>
/// for named ones (one per Evo account), each over its own pooled <see cref="HttpClient"/> from
/// <c>IHttpClientFactory</c> with retries, timeouts, logging, traces and metrics.
/// </summary>
/// <remarks>
/// Options are validated when the host starts (<c>ValidateOnStart</c>): a missing user name or password, a base
/// address that is not https, or a bad retry setting stops start-up with a message naming the client, the
/// setting and the fix. Every method returns the <see cref="IHttpClientBuilder"/> so that your own handlers can
/// be chained; they run inside the retries, once per attempt.
/// </remarks>
public static class EvoVoiceServiceCollectionExtensions
{
    private static readonly ClientProduct<EvoVoiceClientOptions, IEvoVoiceClient, IEvoVoiceClientFactory> Product =
        new("Evo Voice client", options => options.FindProblems(), EvoVoiceClient.Authorization, (factory, name) => factory.Create(name));

    /// <summary>Registers the default Evo client with options bound from a configuration section (AOT-safe binding).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <c>UserName</c>, <c>Password</c> and optionally <c>BaseAddress</c> and <c>Resilience</c>.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddEvoVoice(this IServiceCollection services, IConfiguration configuration)
        => services.AddEvoVoice(Options.DefaultName, configuration);

    /// <summary>Registers the default Evo client with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddEvoVoice(this IServiceCollection services, Action<EvoVoiceClientOptions> configure)
        => services.AddEvoVoice(Options.DefaultName, configure);

    /// <summary>Registers a named Evo client, resolved with <see cref="IEvoVoiceClientFactory.Create"/>, with options bound from a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, for example the account it serves.</param>
    /// <param name="configuration">The section holding the client's settings.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddEvoVoice(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Add(services, name, (configuration as IConfigurationSection)?.Path, options => options.Bind(configuration));
    }

    /// <summary>Registers a named Evo client, resolved with <see cref="IEvoVoiceClientFactory.Create"/>, with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, for example the account it serves.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddEvoVoice(this IServiceCollection services, string name, Action<EvoVoiceClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Add(services, name, null, options => options.Configure(configure));
    }

    private static IHttpClientBuilder Add(
        IServiceCollection services, string name, string? configurationPath, Action<OptionsBuilder<EvoVoiceClientOptions>> configure)
        => ClientServices.Add<EvoVoiceClientOptions, IEvoVoiceClient, IEvoVoiceClientFactory, EvoVoiceClientFactory>(services, name, Product, configurationPath, configure);
}
