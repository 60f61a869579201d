namespace Evo8x8.Client.Ccai;

/// <summary>One way records are laid out in a batch (NDJSON, a JSON array), read from a window already past any byte order mark.</summary>
internal interface ISessionRecordLayout
{
    /// <summary>Yields the batch's records; <paramref name="path"/> only names the file in errors.</summary>
    IAsyncEnumerable<SessionMetadata> ReadAsync(PooledReadBuffer buffer, string? path, CancellationToken cancellationToken);
}
