using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// The connection pool behind every client made without dependency injection: connections are reused across
/// clients and recycled every few minutes so that DNS changes are seen, and no client ever opens a pool of its own
/// (no socket exhaustion). Clients that ask for the same per-server connection limit share one pool.
/// </summary>
internal static class SharedHttpHandler
{
    /// <summary>How long a pooled connection lives before it is replaced.</summary>
    public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(2);

    private static readonly ConcurrentDictionary<int, SocketsHttpHandler> Pools = new();

    /// <summary>
    /// A client over the shared pool with the same retries, timeouts, size limit, traces and metrics as a client from
    /// dependency injection; logs need an <c>ILoggerFactory</c>, so they are written only with dependency injection.
    /// Disposing the client leaves the pool open.
    /// </summary>
    /// <param name="settings">The transport settings of the client being made; the client's constructor checks them afterwards.</param>
    /// <param name="authorization">The client's <c>Authorization</c> value, added by the pipeline's outermost step.</param>
    public static HttpClient CreateClient(TransportSettings settings, RequestAuthorization authorization)
    {
        SocketsHttpHandler pool = Pools.GetOrAdd(Math.Max(1, settings.MaxConnectionsPerServer), CreatePool);
        var attempts = new TelemetryHandler(TimeProvider.System, NullLogger.Instance, Math.Clamp(settings.MaxResponseBytes, 1, int.MaxValue)) { InnerHandler = pool };
        var retries = new ResilienceHandler(settings.Resilience, TimeProvider.System, NullLogger.Instance) { InnerHandler = attempts };

        // The pipeline's own total timeout bounds the call; HttpClient's 100-second default would cut it short.
        var authorizing = new AuthorizingHandler(() => authorization) { InnerHandler = retries };
        return new HttpClient(authorizing, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The primary handler of a client: decompression on, a bounded number of connections per server.</summary>
    public static SocketsHttpHandler CreatePool(int maxConnectionsPerServer)
        => new()
        {
            PooledConnectionLifetime = ConnectionLifetime,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            AutomaticDecompression = DecompressionMethods.All,
            MaxConnectionsPerServer = maxConnectionsPerServer,
        };
}
