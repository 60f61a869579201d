using Microsoft.Extensions.Logging.Abstractions;

namespace Evo8x8.Client.Http;

/// <summary>
/// The one connection pool behind every client made without dependency injection: connections are reused
/// across clients and recycled every few minutes so that DNS changes are seen, and no client ever opens a
/// pool of its own (no socket exhaustion).
/// </summary>
internal static class SharedHttpHandler
{
    /// <summary>How long a pooled connection lives before it is replaced.</summary>
    public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(2);

    private static readonly SocketsHttpHandler Pool = new()
    {
        PooledConnectionLifetime = ConnectionLifetime,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    };

    /// <summary>
    /// A client over the shared pool with the same retries, timeouts, traces and metrics as a client from
    /// dependency injection; logs need an <c>ILoggerFactory</c>, so they are written only with dependency injection.
    /// Disposing the client leaves the pool open.
    /// </summary>
    /// <param name="resilience">The retry and timeout settings of the client being made.</param>
    public static HttpClient CreateClient(Evo8x8ResilienceOptions resilience)
    {
        var attempts = new TelemetryHandler(TimeProvider.System, NullLogger.Instance) { InnerHandler = Pool };
        var retries = new ResilienceHandler(resilience, TimeProvider.System, NullLogger.Instance) { InnerHandler = attempts };

        // The pipeline's own total timeout bounds the call; HttpClient's 100-second default would cut it short.
        return new HttpClient(retries, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
