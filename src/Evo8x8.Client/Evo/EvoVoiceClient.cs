using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Evo.Auth;
using Evo8x8.Client.Evo.Calls;

namespace Evo8x8.Client.Evo;

/// <summary>
/// The client for Evo Voice. Without dependency injection, <c>new EvoVoiceClient(options)</c> is all it takes:
/// it shares one pooled connection handler with every other client. Thread-safe; create it once and reuse it.
/// </summary>
public sealed class EvoVoiceClient : IEvoVoiceClient
{

    /// <summary>Creates a client over the shared connection pool.</summary>
    /// <param name="options">The credentials and base address.</param>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message says which and how to fix it.</exception>
    public EvoVoiceClient(EvoVoiceClientOptions options)
        : this(options, httpClient: null, fromFactory: false)
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> you own (for example one from <c>IHttpClientFactory</c>).</summary>
    /// <remarks>
    /// A client without a base address is given Evo's; one with another base address is sent through unchanged. Its
    /// handlers decide retries, timeouts and the answer size limit: <see cref="Core.Evo8x8ClientOptions.MaxResponseBytes"/>
    /// and <see cref="Core.Evo8x8ClientOptions.Resilience"/> apply to the shared pool and to dependency injection.
    /// </remarks>
    /// <param name="options">The credentials and base address.</param>
    /// <param name="httpClient">The client to send through.</param>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message says which and how to fix it.</exception>
    public EvoVoiceClient(EvoVoiceClientOptions options, HttpClient httpClient)
        : this(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)), fromFactory: false)
    {
    }

    /// <param name="options">The credentials and base address.</param>
    /// <param name="httpClient">The client to send through; <see langword="null"/> for one over the shared connection pool.</param>
    /// <param name="fromFactory">True for a client from dependency injection, whose pipeline adds the <c>Authorization</c> value itself.</param>
    internal EvoVoiceClient(EvoVoiceClientOptions options, HttpClient? httpClient, bool fromFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> problems = fromFactory ? [] : options.FindProblems();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The Evo Voice client options are not usable: {string.Join(" ", problems)}", nameof(options));
        }

        RequestAuthorization authorization = Authorization(options);
        HttpClient http = httpClient is null
            ? RefitRoutes.Bind(SharedHttpHandler.CreateClient(options.ToTransportSettings(), authorization), options.BaseAddress, null, options.MaxResponseBytes)
            : RefitRoutes.Bind(httpClient, options.BaseAddress, fromFactory ? null : authorization, options.MaxResponseBytes);
        Sessions = new SessionsApi(EvoService.Definition.Routes<ISessionsRoutes>(http));
        Calls = new CallsApi(EvoService.Definition.Routes<ICallsRoutes>(http));
        Auth = new AuthApi(EvoService.Definition.Routes<IAuthRoutes>(http));
    }

    /// <summary>HTTP Basic with the user name and password, sent only to the client's own base address.</summary>
    internal static RequestAuthorization Authorization(EvoVoiceClientOptions options)
        => RequestAuthorization.Basic(options.UserName, options.Password, options.BaseAddress);

    /// <inheritdoc />
    public ISessionsApi Sessions { get; }

    /// <inheritdoc />
    public ICallsApi Calls { get; }

    /// <inheritdoc />
    public IAuthApi Auth { get; }
}
