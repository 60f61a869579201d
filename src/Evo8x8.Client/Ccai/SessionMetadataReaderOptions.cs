namespace Evo8x8.Client.Ccai;

/// <summary>How a <see cref="SessionMetadataReader"/> treats broken records and how large a record may be.</summary>
public sealed class SessionMetadataReaderOptions
{
    /// <summary>Throw on the first broken record (the default), or skip it and report it to <see cref="OnBrokenRecord"/>.</summary>
    public BrokenRecordHandling BrokenRecords { get; init; } = BrokenRecordHandling.Throw;

    /// <summary>
    /// Called with each record skipped under <see cref="BrokenRecordHandling.Skip"/>; the exception names the file and
    /// position. Called on the reading thread, before the next record is read.
    /// </summary>
    public Action<SessionMetadataFormatException>? OnBrokenRecord { get; init; }

    /// <summary>
    /// The largest single record (or single-object file) the reader buffers, 16 MiB by default: memory stays
    /// bounded by this however large the batch is. A larger record stops the batch.
    /// </summary>
    public int MaxRecordBytes { get; init; } = 16 * 1024 * 1024;
}
