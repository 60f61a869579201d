namespace Evo8x8.Client.Parquet;

/// <summary>How <see cref="SessionMetadataParquetWriter"/> cuts its files; mutable, not thread-safe, read once at creation.</summary>
public sealed class SessionMetadataParquetOptions
{
    /// <summary>
    /// Rows per row group in each file (default 10,000). Memory holds one row group per file, so a smaller value uses
    /// less memory and a larger one compresses and scans better.
    /// </summary>
    public int RowGroupSize { get; set; } = 10_000;
}
