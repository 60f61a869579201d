using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Core;

/// <summary>
/// What every client of the SDK shares in its options: retries and timeouts, the answer size limit and the connection
/// limit. Each product's options (8x8 Voice, Evo Voice, CCAI Apps) add its credentials and address.
/// </summary>
public abstract class Evo8x8ClientOptions
{
    private protected Evo8x8ClientOptions()
    {
    }

    /// <summary>Retries and timeouts; on by default, see <see cref="Evo8x8ResilienceOptions"/> for which requests are sent again.</summary>
    public Evo8x8ResilienceOptions Resilience { get; set; } = new();

    /// <summary>
    /// The largest answer body read, in bytes after decompression (default 16 MiB, far above the largest real answer);
    /// a larger one fails with <see cref="Evo8x8ResponseTooLargeException"/> without being read further.
    /// </summary>
    public long MaxResponseBytes { get; set; } = AnswerBuffer.DefaultLimit;

    /// <summary>The most connections open to the service at once (default 64); further requests wait for a free one.</summary>
    public int MaxConnectionsPerServer { get; set; } = TransportSettings.DefaultMaxConnectionsPerServer;

    /// <summary>The settings the HTTP pipeline takes from these options, defaults standing in for what is missing.</summary>
    internal TransportSettings ToTransportSettings() => TransportSettings.Create(Resilience, MaxResponseBytes, MaxConnectionsPerServer);

    /// <summary>Every shared setting that is wrong, each with how to fix it.</summary>
    private protected IEnumerable<string> FindSharedProblems()
        => TransportSettings.FindProblems(MaxResponseBytes, MaxConnectionsPerServer)
            .Concat(Resilience?.FindProblems(nameof(Resilience)) ?? [$"{nameof(Resilience)} is null: leave it unset for the defaults."]);
}
