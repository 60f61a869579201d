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

    /// <summary>A client over the shared pool; disposing it leaves the pool open.</summary>
    public static HttpClient CreateClient() => new(Pool, disposeHandler: false);
}
