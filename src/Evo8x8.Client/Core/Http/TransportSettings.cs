namespace Evo8x8.Client.Core.Http;

/// <summary>What the HTTP pipeline of one client needs from its options, the same for 8x8 and Evo clients.</summary>
/// <param name="Resilience">The retry and timeout settings.</param>
/// <param name="MaxResponseBytes">The largest answer body read, counted after decompression.</param>
/// <param name="MaxConnectionsPerServer">The most connections open to one server at a time.</param>
internal sealed record TransportSettings(Evo8x8ResilienceOptions Resilience, long MaxResponseBytes, int MaxConnectionsPerServer)
{
    /// <summary>The default per-server connection limit: enough for bursts, far below one connection per call.</summary>
    public const int DefaultMaxConnectionsPerServer = 64;

    /// <summary>The settings of a client's options, defaults standing in for what is missing (the constructor reports it).</summary>
    public static TransportSettings Create(Evo8x8ResilienceOptions? resilience, long? maxResponseBytes, int? maxConnectionsPerServer)
        => new(resilience ?? new Evo8x8ResilienceOptions(), maxResponseBytes ?? AnswerBuffer.DefaultLimit, maxConnectionsPerServer ?? DefaultMaxConnectionsPerServer);

    /// <summary>Every transport setting that is wrong, each named and with how to fix it.</summary>
    public static IEnumerable<string> FindProblems(long maxResponseBytes, int maxConnectionsPerServer)
    {
        if (maxResponseBytes is < 1024 or > int.MaxValue)
        {
            yield return $"MaxResponseBytes is {maxResponseBytes}: use 1024 to {int.MaxValue} bytes (default {AnswerBuffer.DefaultLimit}, 16 MiB).";
        }

        if (maxConnectionsPerServer < 1)
        {
            yield return $"MaxConnectionsPerServer is {maxConnectionsPerServer}: use at least 1 (default {DefaultMaxConnectionsPerServer}).";
        }
    }

    /// <summary>The address with a trailing slash, so that Refit's relative routes resolve below its path.</summary>
    public static Uri Normalize(Uri baseAddress)
        => baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
}
