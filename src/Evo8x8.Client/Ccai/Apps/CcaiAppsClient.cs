using System.Threading.RateLimiting;
using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>
/// The client for a CCAI Platform tenant's Apps API, one property per resource (<see cref="Calls"/>, <see cref="CustomerFlags"/>, <see cref="ChatMedia"/>), over Refit-generated
/// requests with HTTP Basic (subdomain and API token). It keeps to the tenant's 10 requests per second on this side
/// (requests over it wait), and a 429 is retried after its <c>Retry-After</c>. Thread-safe; create it once and reuse it.
/// </summary>
public sealed class CcaiAppsClient : ICcaiAppsClient
{
    private readonly RateLimiter _limiter;

    /// <summary>Creates a client over the shared connection pool.</summary>
    /// <param name="options">The tenant and its API token.</param>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message says which and how to fix it.</exception>
    public CcaiAppsClient(CcaiAppsClientOptions options)
        : this(options, httpClient: null, limiter: null, fromFactory: false)
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> you own (for example one from <c>IHttpClientFactory</c>).</summary>
    /// <param name="options">The tenant and its API token.</param>
    /// <param name="httpClient">The client to send through; its handlers decide retries and timeouts.</param>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message says which and how to fix it.</exception>
    public CcaiAppsClient(CcaiAppsClientOptions options, HttpClient httpClient)
        : this(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)), limiter: null, fromFactory: false)
    {
    }

    /// <summary>Creates a client with its own limiter, for tests that drive the limiter's clock themselves.</summary>
    internal CcaiAppsClient(CcaiAppsClientOptions options, HttpClient? httpClient, RateLimiter? limiter, bool fromFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> problems = fromFactory ? [] : options.FindProblems();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The CCAI Apps API client options are not usable: {string.Join(" ", problems)}", nameof(options));
        }

        Uri baseAddress = options.ResolveBaseAddress();
        RequestAuthorization authorization = Authorization(options);
        HttpClient http = httpClient is null
            ? RefitRoutes.Bind(SharedHttpHandler.CreateClient(options.ToTransportSettings(), authorization), baseAddress, null, options.MaxResponseBytes)
            : RefitRoutes.Bind(httpClient, baseAddress, fromFactory ? null : authorization, options.MaxResponseBytes);
        Routes = CcaiService.Definition.Routes<ICcaiAppsRoutes>(http);
        _limiter = limiter ?? CcaiTenantRateLimits.For(baseAddress, options.RequestsPerSecond);
        Calls = new CcaiCallsApi(this);
        CustomerFlags = new CcaiCustomerFlagsApi(this);
        ChatMedia = new CcaiChatMediaApi(this);
    }

    /// <inheritdoc />
    public ICcaiCallsApi Calls { get; }

    /// <inheritdoc />
    public ICcaiCustomerFlagsApi CustomerFlags { get; }

    /// <inheritdoc />
    public ICcaiChatMediaApi ChatMedia { get; }

    /// <summary>The generated requests of the Apps API.</summary>
    internal ICcaiAppsRoutes Routes { get; }

    /// <summary>HTTP Basic with the subdomain and API token, sent only to the tenant's own address.</summary>
    internal static RequestAuthorization Authorization(CcaiAppsClientOptions options)
        => RequestAuthorization.Basic(options.Subdomain.Trim(), options.ApiToken, options.ResolveBaseAddress());

    /// <summary>The Apps API's input form of a recording permission (<c>recording_permission_not_asked</c>).</summary>
    internal static string? InputForm(CcaiRecordingPermission? permission)
        => permission?.Value is not { } value ? null
            : value.StartsWith("recording_permission_", StringComparison.OrdinalIgnoreCase) ? value
            : "recording_permission_" + CcaiVocabularyKey.ToKey(value);

    /// <summary>Waits for the tenant's budget, then sends; the one place every operation goes through.</summary>
    internal async Task<T> SendAsync<T>(Func<CancellationToken, Task<T>> send, string what, CancellationToken cancellationToken)
        where T : class
    {
        using RateLimitLease lease = await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        return await CcaiService.Definition.RequireAsync(send(cancellationToken), what).ConfigureAwait(false);
    }
}
