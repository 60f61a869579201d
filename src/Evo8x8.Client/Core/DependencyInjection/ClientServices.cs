using System.Diagnostics.CodeAnalysis;
using Evo8x8.Client.Core.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.Core.DependencyInjection;

/// <summary>What every client registration adds: its options with start-up validation, and its named <see cref="HttpClient"/>.</summary>
internal static class ClientServices
{
    /// <summary>
    /// Registers one client of a product under <paramref name="name"/>, the product's factory, and, for the default name,
    /// the product's client itself; returns the builder of the client's <see cref="HttpClient"/>.
    /// </summary>
    /// <typeparam name="TOptions">The product's options.</typeparam>
    /// <typeparam name="TClient">The product's client interface.</typeparam>
    /// <typeparam name="TFactory">The product's factory interface.</typeparam>
    /// <typeparam name="TFactoryImplementation">The product's factory.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name; empty for the default client.</param>
    /// <param name="product">What the product adds to every registration.</param>
    /// <param name="configurationPath">The configuration section the options are bound from, if any (for messages).</param>
    /// <param name="configure">Binds or configures the options (in the product's code, where the binding is source-generated).</param>
    public static IHttpClientBuilder Add<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions,
        TClient,
        TFactory,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TFactoryImplementation>(
        IServiceCollection services,
        string name,
        ClientProduct<TOptions, TClient, TFactory> product,
        string? configurationPath,
        Action<OptionsBuilder<TOptions>> configure)
        where TOptions : Evo8x8ClientOptions
        where TClient : class
        where TFactory : class
        where TFactoryImplementation : class, TFactory
    {
        ArgumentNullException.ThrowIfNull(name);
        IHttpClientBuilder builder = Add(
            services, new ClientRegistration(typeof(TOptions), name, product.Kind, configurationPath), configure, product.FindProblems, product.Authorization);
        services.TryAddSingleton<TFactory, TFactoryImplementation>();
        if (name.Length == 0)
        {
            services.TryAddTransient(sp => product.Create(sp.GetRequiredService<TFactory>(), Options.DefaultName));
        }

        return builder;
    }

    /// <summary>Registers one client and returns the builder of its <see cref="HttpClient"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="registration">Which client, under which name.</param>
    /// <param name="configure">Binds or configures the options; it runs where the options type is concrete, so the binding is source-generated.</param>
    /// <param name="findProblems">The options' own rules.</param>
    /// <param name="authorization">The options' <c>Authorization</c> value and the origins it may be sent to.</param>
    public static IHttpClientBuilder Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        IServiceCollection services,
        ClientRegistration registration,
        Action<OptionsBuilder<TOptions>> configure,
        Func<TOptions, List<string>> findProblems,
        Func<TOptions, RequestAuthorization> authorization)
        where TOptions : Evo8x8ClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(registration);
        OptionsBuilder<TOptions> options = services.AddOptions<TOptions>(registration.Name);
        configure(options);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, ClientOptionsValidator<TOptions>>(
            sp => new ClientOptionsValidator<TOptions>(findProblems, sp.GetServices<ClientRegistration>())));
        services.TryAddSingleton(TimeProvider.System);

        // The factory's default loggers write full request URIs, which can carry ids and phone numbers; the
        // pipeline's own logging says the same with route templates only. The primary handler decompresses and
        // bounds connections exactly as the shared pool of clients made without dependency injection does.
        return services
            .AddHttpClient(registration.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(sp => SharedHttpHandler.CreatePool(Math.Max(1, Settings(sp).MaxConnectionsPerServer)))
            .AddHttpMessageHandler(sp => new AuthorizingHandler(Authorization(sp)))
            .AddHttpMessageHandler(sp => new ResilienceHandler(Settings(sp).Resilience, sp.GetRequiredService<TimeProvider>(), CreateLogger(sp)))
            .AddHttpMessageHandler(sp => new TelemetryHandler(
                sp.GetRequiredService<TimeProvider>(), CreateLogger(sp), Math.Clamp(Settings(sp).MaxResponseBytes, 1, int.MaxValue)));

        // The value follows reloaded options: worked out again only when the options instance changes.
        Func<RequestAuthorization> Authorization(IServiceProvider sp)
        {
            IOptionsMonitor<TOptions> monitor = sp.GetRequiredService<IOptionsMonitor<TOptions>>();
            Tuple<TOptions, RequestAuthorization>? last = null;
            return () =>
            {
                TOptions current = monitor.Get(registration.Name);
                Tuple<TOptions, RequestAuthorization>? cached = last;
                if (cached is null || !ReferenceEquals(cached.Item1, current))
                {
                    // A reference swap: a thread reading concurrently sees the old pair or the new one, never a mix.
                    last = cached = Tuple.Create(current, authorization(current));
                }

                return cached.Item2;
            };
        }

        TransportSettings Settings(IServiceProvider sp) => sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(registration.Name).ToTransportSettings();
    }

    private static ILogger CreateLogger(IServiceProvider services)
        => services.GetService<ILoggerFactory>()?.CreateLogger(Evo8x8Telemetry.Name) ?? NullLogger.Instance;
}
