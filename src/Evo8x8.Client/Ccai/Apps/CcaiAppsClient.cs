using System.Threading.RateLimiting;
using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>
/// The client for a CCAI Platform tenant's Apps API (calls, customer flags, chat media), over Refit-generated
/// requests with HTTP Basic (subdomain and API token). It keeps to the tenant's 10 requests per second on this side
/// (requests over it wait), and a 429 is retried after its <c>Retry-After</c>. Thread-safe; create it once and reuse it.
/// </summary>
public sealed class CcaiAppsClient : ICcaiAppsClient
{

    private readonly ICcaiAppsRoutes _routes;
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
            ? RefitRoutes.Bind(SharedHttpHandler.CreateClient(TransportSettings.Create(options.Resilience, options.MaxResponseBytes, options.MaxConnectionsPerServer), authorization), baseAddress, null)
            : RefitRoutes.Bind(httpClient, baseAddress, fromFactory ? null : authorization);
        _routes = CcaiService.Definition.Routes<ICcaiAppsRoutes>(http);
        _limiter = limiter ?? CcaiTenantRateLimits.For(baseAddress, options.RequestsPerSecond);
    }

    /// <inheritdoc />
    public Task<SessionMetadata> CreateOutboundCallAsync(NewOutboundCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentException.ThrowIfNullOrWhiteSpace(call.AgentEmail, nameof(call));
        return SendAsync(token => _routes.CreateOutboundCallAsync(call, token), "the created call", cancellationToken);
    }

    /// <inheritdoc />
    public Task<SessionMetadata> CreateInboundCallAsync(NewInboundCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentException.ThrowIfNullOrWhiteSpace(call.EndUserNumber, nameof(call));
        return SendAsync(token => _routes.CreateInboundCallAsync(call, token), "the created call", cancellationToken);
    }

    /// <inheritdoc />
    public Task<SessionMetadata> ScheduleCallAsync(NewScheduledCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentException.ThrowIfNullOrWhiteSpace(call.EndUserNumber, nameof(call));
        if (call.MenuId is null && call.CallId is null)
        {
            throw new ArgumentException("A scheduled call needs MenuId or CallId.", nameof(call));
        }

        return SendAsync(token => _routes.CreateScheduledCallAsync(call, token), "the scheduled call", cancellationToken);
    }

    /// <inheritdoc />
    public Task<CcaiCustomerFlags> GetCustomerFlagsAsync(long callId, CancellationToken cancellationToken = default)
        => SendAsync(token => _routes.GetCustomerFlagsAsync(callId, token), "the customer flags", cancellationToken);

    /// <inheritdoc />
    public async Task UpdateCustomerFlagsAsync(long callId, CcaiCustomerFlags flags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flags);
        using HttpContent answer = await SendAsync(token => _routes.UpdateCustomerFlagsAsync(callId, new CustomerFlagsUpdate(flags), token), "an answer", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<byte[]> DownloadChatMediaAsync(long chatId, long mediaId, CancellationToken cancellationToken = default)
    {
        using HttpContent answer = await SendAsync(token => _routes.GetChatMediaAsync(chatId, mediaId, token), "the media file", cancellationToken).ConfigureAwait(false);
        return await answer.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Apps API's input form of a recording permission (<c>recording_permission_not_asked</c>).</summary>
    /// <summary>HTTP Basic with the subdomain and API token, sent only to the tenant's own address.</summary>
    internal static RequestAuthorization Authorization(CcaiAppsClientOptions options)
        => RequestAuthorization.Basic(options.Subdomain.Trim(), options.ApiToken, options.ResolveBaseAddress());

    internal static string? InputForm(CcaiRecordingPermission? permission)
        => permission?.Value is not { } value ? null
            : value.StartsWith("recording_permission_", StringComparison.OrdinalIgnoreCase) ? value
            : "recording_permission_" + CcaiVocabularyKey.ToKey(value);

    /// <summary>Waits for the tenant's budget, then sends; the one place every operation goes through.</summary>
    private async Task<T> SendAsync<T>(Func<CancellationToken, Task<T>> send, string what, CancellationToken cancellationToken)
        where T : class
    {
        using RateLimitLease lease = await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        return await CcaiService.Definition.RequireAsync(send(cancellationToken), what).ConfigureAwait(false);
    }
}
