using System.Net.Http.Headers;
using System.Text;
using Evo8x8.Client.Http;
using Evo8x8.Client.Sessions.Auth;
using Evo8x8.Client.Sessions.Calls;

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
        : this(options, SharedHttpHandler.CreateClient(options?.Resilience ?? new Evo8x8ResilienceOptions()))
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> you own (for example one from <c>IHttpClientFactory</c>).</summary>
    /// <param name="options">The credentials and base address.</param>
    /// <param name="httpClient">The client to send through; its base address is ignored.</param>
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
        Connection = new JsonApiConnection(
            httpClient,
            options.BaseAddress,
            ServiceName,
            new AuthenticationHeaderValue("Basic", credentials),
            EvoErrorReader.Read);
        Sessions = new SessionsApi(Connection);
        Calls = new CallsApi(Connection);
        Auth = new AuthApi(Connection);
    }

    /// <inheritdoc />
    public ISessionsApi Sessions { get; }

    /// <inheritdoc />
    public ICallsApi Calls { get; }

    /// <inheritdoc />
    public IAuthApi Auth { get; }

    /// <summary>The connection every resource of this client sends through.</summary>
    internal JsonApiConnection Connection { get; }
}
