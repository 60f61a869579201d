using Evo8x8.Client.Ccai;

namespace Evo8x8.Client.Parquet;

/// <summary>
/// Writes CCAI session metadata, and optionally chat transcripts, to four Apache Parquet files in a folder with a
/// flat schema: <c>sessions.parquet</c> (one row per session), <c>transfers.parquet</c>,
/// <c>participants.parquet</c> and <c>transcript_entries.parquet</c> (one row per item, keyed by
/// <c>session_id</c> and <c>position</c>). DuckDB, BigQuery, Spark or any Parquet reader takes over from there.
/// </summary>
/// <remarks>
/// Records are streamed: memory holds one row group per file (<see cref="SessionMetadataParquetOptions.RowGroupSize"/>
/// rows), never the whole input. The files are complete only after <see cref="DisposeAsync"/>. Not thread-safe: one
/// writer per output folder, fed from one place.
/// </remarks>
public sealed class SessionMetadataParquetWriter : IAsyncDisposable
{
    /// <summary>The file with one row per session.</summary>
    public const string SessionsFileName = "sessions.parquet";

    /// <summary>The file with one row per transfer.</summary>
    public const string TransfersFileName = "transfers.parquet";

    /// <summary>The file with one row per participation.</summary>
    public const string ParticipantsFileName = "participants.parquet";

    /// <summary>The file with one row per transcript entry.</summary>
    public const string TranscriptEntriesFileName = "transcript_entries.parquet";

    private readonly ParquetTable<SessionMetadata> _sessions;
    private readonly ParquetTable<SessionRow<CcaiTransfer>> _transfers;
    private readonly ParquetTable<SessionRow<CcaiParticipant>> _participants;
    private readonly ParquetTable<SessionRow<ChatTranscriptEntry>> _entries;
    private bool _disposed;

    private SessionMetadataParquetWriter(
        ParquetTable<SessionMetadata> sessions,
        ParquetTable<SessionRow<CcaiTransfer>> transfers,
        ParquetTable<SessionRow<CcaiParticipant>> participants,
        ParquetTable<SessionRow<ChatTranscriptEntry>> entries)
    {
        _sessions = sessions;
        _transfers = transfers;
        _participants = participants;
        _entries = entries;
    }

    /// <summary>How many sessions have been written so far.</summary>
    public long SessionCount => _sessions.RowCount;

    /// <summary>Creates the folder if needed and starts the four files in it, replacing files of the same names.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="options">Row group size, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the creation.</param>
    /// <returns>The writer; dispose it to complete the files.</returns>
    public static async Task<SessionMetadataParquetWriter> CreateAsync(string folder, SessionMetadataParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        int rows = options?.RowGroupSize ?? new SessionMetadataParquetOptions().RowGroupSize;
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1, nameof(options));
        Directory.CreateDirectory(folder);
        List<IAsyncDisposable> opened = [];
        try
        {
            var sessions = await Open(folder, SessionsFileName, SessionMetadataParquetSchema.Sessions(rows)).ConfigureAwait(false);
            var transfers = await Open(folder, TransfersFileName, SessionMetadataParquetSchema.Transfers(rows)).ConfigureAwait(false);
            var participants = await Open(folder, ParticipantsFileName, SessionMetadataParquetSchema.Participants(rows)).ConfigureAwait(false);
            var entries = await Open(folder, TranscriptEntriesFileName, SessionMetadataParquetSchema.TranscriptEntries(rows)).ConfigureAwait(false);
            return new SessionMetadataParquetWriter(sessions, transfers, participants, entries);
        }
        catch
        {
            foreach (IAsyncDisposable table in opened)
            {
                await table.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        async Task<ParquetTable<TRow>> Open<TRow>(string directory, string name, ParquetColumnList<TRow> columns)
        {
            ParquetTable<TRow> table = await ParquetTable<TRow>.CreateAsync(Path.Combine(directory, name), columns, rows, cancellationToken).ConfigureAwait(false);
            opened.Add(table);
            return table;
        }
    }

    /// <summary>Writes a whole stream of records to a folder and completes the files.</summary>
    /// <param name="records">The records, for example a <see cref="SessionMetadataReader"/> batch.</param>
    /// <param name="folder">The output folder.</param>
    /// <param name="options">Row group size, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the write between records.</param>
    /// <returns>How many sessions were written.</returns>
    public static async Task<long> WriteAllAsync(IAsyncEnumerable<SessionMetadata> records, string folder, SessionMetadataParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        SessionMetadataParquetWriter writer = await CreateAsync(folder, options, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            await foreach (SessionMetadata record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(record, cancellationToken).ConfigureAwait(false);
            }

            return writer.SessionCount;
        }
    }

    /// <summary>Writes one session: a row in <c>sessions.parquet</c> and a row per transfer and participant.</summary>
    /// <param name="record">The session's metadata.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the rows are buffered or written.</returns>
    public async ValueTask WriteAsync(SessionMetadata record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _sessions.AddAsync(record, cancellationToken).ConfigureAwait(false);
        await AddChildrenAsync(_transfers, record.Id, record.Transfers, cancellationToken).ConfigureAwait(false);
        await AddChildrenAsync(_participants, record.Id, record.Participants, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a session's transcript entries to <c>transcript_entries.parquet</c>, streaming them.</summary>
    /// <param name="sessionId">The session the transcript belongs to (the transcript's <c>comm_id</c>).</param>
    /// <param name="entries">The entries, for example from <see cref="ChatTranscriptReader.ReadEntriesFileAsync"/>.</param>
    /// <param name="cancellationToken">Stops the write between entries.</param>
    /// <returns>How many entries were written.</returns>
    public async ValueTask<long> WriteTranscriptAsync(long sessionId, IAsyncEnumerable<ChatTranscriptEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ObjectDisposedException.ThrowIf(_disposed, this);
        int position = 0;
        await foreach (ChatTranscriptEntry entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await _entries.AddAsync(new SessionRow<ChatTranscriptEntry>(sessionId, position++, entry), cancellationToken).ConfigureAwait(false);
        }

        return position;
    }

    /// <summary>Writes the last row groups and closes the four files.</summary>
    /// <returns>A task that completes when the files are complete.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _sessions.DisposeAsync().ConfigureAwait(false);
        await _transfers.DisposeAsync().ConfigureAwait(false);
        await _participants.DisposeAsync().ConfigureAwait(false);
        await _entries.DisposeAsync().ConfigureAwait(false);
    }

    private static async ValueTask AddChildrenAsync<T>(ParquetTable<SessionRow<T>> table, long sessionId, IReadOnlyList<T>? items, CancellationToken cancellationToken)
    {
        if (items is null)
        {
            return;
        }

        for (int i = 0; i < items.Count; i++)
        {
            await table.AddAsync(new SessionRow<T>(sessionId, i, items[i]), cancellationToken).ConfigureAwait(false);
        }
    }
}
