using System.Text;
using Evo8x8.Client.Http;

namespace Evo8x8.Client.Sessions;

/// <summary>
/// The client for Evo Voice. Without dependency injection, <c>new EvoVoiceClient(options)</c> is all it takes:
/// it shares one pooled connection handler with every other client. Thread-safe; create it once and reuse it.
/// </summary>
public sealed class EvoVoiceClient : IEvoVoiceClient
{
    /// <summary>The service name used in messages and telemetry.</summary>
    internal const string ServiceName = "Evo";

    /// <summary>Creates a client over the shared connection pool.</summary>
    /// <param name="options">The credentials and base address.</param>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message says which and how to fix it.</exception>
    public EvoVoiceClient(EvoVoiceClientOptions options)
        : this(options, SharedHttpHandler.CreateClient(TransportSettings.Create(options?.Resilience, options?.MaxResponseBytes, options?.MaxConnectionsPerServer)))
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> you own (for example one from <c>IHttpClientFactory</c>).</summary>
    /// <remarks>
    /// A client without a base address is given Evo's; one with another base address is sent through unchanged. Its
    /// handlers decide retries, timeouts and the answer size limit: <see cref="EvoVoiceClientOptions.MaxResponseBytes"/>
    /// and <see cref="EvoVoiceClientOptions.Resilience"/> apply to the shared pool and to dependency injection.
    /// </remarks>
    /// <param name="options">The credentials and base address.</param>
    /// <param name="httpClient">The client to send through.</param>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message says which and how to fix it.</exception>
    public EvoVoiceClient(EvoVoiceClientOptions options, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        List<string> problems = options.FindProblems();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The Evo Voice client options are not usable: {string.Join(" ", problems)}", nameof(options));
        }

        string credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.UserName}:{options.Password}"));
        HttpClient http = RefitRoutes.Bind(httpClient, options.BaseAddress);
        Sessions = new SessionsApi(RefitRoutes.For<ISessionsRoutes>(http, RefitRoutes.Evo), "Basic " + credentials);
    }

    /// <inheritdoc />
    public ISessionsApi Sessions { get; }
}
