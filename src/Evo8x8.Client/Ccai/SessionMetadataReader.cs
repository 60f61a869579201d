using System.Runtime.CompilerServices;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// Reads CCAI Platform session metadata: one file or stream, or many records from a JSON array, from
/// newline-delimited JSON (NDJSON) or from every <c>*.json</c> file below a folder. Batches are streamed through
/// one pooled buffer and yield one record at a time, so memory stays flat however large the batch.
/// </summary>
/// <remarks>
/// A record that cannot be read raises <see cref="SessionMetadataFormatException"/> naming its file and position,
/// or, with <see cref="BrokenRecordHandling.Skip"/>, is reported and skipped while the other records still come
/// through. The reader holds no state between calls and is safe to share between threads.
/// </remarks>
public sealed class SessionMetadataReader
{
    private readonly SessionMetadataReaderOptions _options;
    private readonly NdjsonRecordReader _ndjson;
    private readonly JsonArrayRecordReader _array;

    /// <summary>Creates a reader; without options, the first broken record stops a batch.</summary>
    /// <param name="options">How to treat broken records, or <see langword="null"/> for the defaults.</param>
    public SessionMetadataReader(SessionMetadataReaderOptions? options = null)
    {
        _options = options ?? new SessionMetadataReaderOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxRecordBytes, 1024, nameof(options));
        SessionRecordDecoder decoder = new(_options);
        _ndjson = new NdjsonRecordReader(decoder);
        _array = new JsonArrayRecordReader(decoder);
    }

    /// <summary>Reads one metadata file (one JSON object).</summary>
    /// <param name="path">The file, typically a <c>metadata.json</c>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The session's metadata.</returns>
    /// <exception cref="SessionMetadataFormatException">The file is empty or not a valid metadata object.</exception>
    public async Task<SessionMetadata> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FileStream file = OpenFile(path);
        await using (file.ConfigureAwait(false))
        {
            return await ReadSingleAsync(file, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads one metadata object from a stream the caller owns (it is read to the end, not closed).</summary>
    /// <param name="stream">The JSON object, UTF-8.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The session's metadata.</returns>
    /// <exception cref="SessionMetadataFormatException">The stream is empty or not a valid metadata object.</exception>
    public Task<SessionMetadata> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadSingleAsync(stream, null, cancellationToken);
    }

    /// <summary>Reads newline-delimited JSON (one metadata object per line; blank lines ignored) from a file.</summary>
    /// <param name="path">The NDJSON file.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The records, one at a time.</returns>
    public IAsyncEnumerable<SessionMetadata> ReadNdjsonFileAsync(string path, CancellationToken cancellationToken = default)
        => ReadFile(_ndjson, path, cancellationToken);

    /// <summary>Reads newline-delimited JSON (one metadata object per line; blank lines ignored) from a stream the caller owns.</summary>
    /// <param name="stream">The NDJSON, UTF-8.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The records, one at a time.</returns>
    public IAsyncEnumerable<SessionMetadata> ReadNdjsonAsync(Stream stream, CancellationToken cancellationToken = default)
        => ReadStream(_ndjson, stream, cancellationToken);

    /// <summary>Reads a file holding a JSON array of metadata objects.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The records, one at a time.</returns>
    public IAsyncEnumerable<SessionMetadata> ReadArrayFileAsync(string path, CancellationToken cancellationToken = default)
        => ReadFile(_array, path, cancellationToken);

    /// <summary>Reads a JSON array of metadata objects from a stream the caller owns; empty input yields nothing.</summary>
    /// <param name="stream">The array, UTF-8.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The records, one at a time.</returns>
    public IAsyncEnumerable<SessionMetadata> ReadArrayAsync(Stream stream, CancellationToken cancellationToken = default)
        => ReadStream(_array, stream, cancellationToken);

    /// <summary>
    /// Reads every <c>*.json</c> file below a folder, subfolders included (as exported storage lays them out), in
    /// file-system order. A file holds one object or an array of objects; a broken file counts as a broken record.
    /// </summary>
    /// <param name="folder">The root folder.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The records, one at a time.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public async IAsyncEnumerable<SessionMetadata> ReadFolderAsync(
        string folder,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The session metadata folder '{folder}' does not exist.");
        }

        foreach (string path in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
        {
            FileStream file = OpenFile(path);
            await using (file.ConfigureAwait(false))
            {
                using PooledReadBuffer buffer = new(file, _options.MaxRecordBytes);
                await buffer.SkipByteOrderMarkAsync(cancellationToken).ConfigureAwait(false);
                if (await JsonArrayRecordReader.StartsArrayAsync(buffer, cancellationToken).ConfigureAwait(false))
                {
                    await foreach (SessionMetadata record in _array.ReadAsync(buffer, path, cancellationToken).ConfigureAwait(false))
                    {
                        yield return record;
                    }

                    continue;
                }

                SessionMetadata? single = null;
                try
                {
                    single = await ReadSingleAsync(buffer, path, cancellationToken).ConfigureAwait(false);
                }
                catch (SessionMetadataFormatException broken) when (_options.BrokenRecords == BrokenRecordHandling.Skip)
                {
                    _options.OnBrokenRecord?.Invoke(broken);
                }

                if (single is not null)
                {
                    yield return single;
                }
            }
        }
    }

    private IAsyncEnumerable<SessionMetadata> ReadFile(ISessionRecordLayout layout, string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadBatchAsync(layout, null, path, cancellationToken);
    }

    private IAsyncEnumerable<SessionMetadata> ReadStream(ISessionRecordLayout layout, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadBatchAsync(layout, stream, null, cancellationToken);
    }

    /// <summary>Reads a batch through one pooled buffer; without a stream, opens the file (named in errors) and closes it.</summary>
    private async IAsyncEnumerable<SessionMetadata> ReadBatchAsync(
        ISessionRecordLayout layout,
        Stream? stream,
        string? path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        FileStream? file = stream is null ? OpenFile(path!) : null;
        try
        {
            using PooledReadBuffer buffer = new(file ?? stream!, _options.MaxRecordBytes);
            await buffer.SkipByteOrderMarkAsync(cancellationToken).ConfigureAwait(false);
            await foreach (SessionMetadata record in layout.ReadAsync(buffer, path, cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static FileStream OpenFile(string path)
        => new(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, Options = FileOptions.Asynchronous | FileOptions.SequentialScan, BufferSize = 0 });

    private async Task<SessionMetadata> ReadSingleAsync(Stream stream, string? path, CancellationToken cancellationToken)
    {
        using PooledReadBuffer buffer = new(stream, _options.MaxRecordBytes);
        await buffer.SkipByteOrderMarkAsync(cancellationToken).ConfigureAwait(false);
        return await ReadSingleAsync(buffer, path, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<SessionMetadata> ReadSingleAsync(PooledReadBuffer buffer, string? path, CancellationToken cancellationToken)
    {
        try
        {
            while (await buffer.ReadMoreAsync(cancellationToken).ConfigureAwait(false))
            {
            }
        }
        catch (InvalidDataException tooLarge)
        {
            throw new SessionMetadataFormatException(tooLarge.Message, path, 0, null, 0, innerException: tooLarge);
        }

        if (SessionRecordDecoder.IsBlank(buffer.Data))
        {
            throw new SessionMetadataFormatException("the input is empty.", path, 0, null, buffer.Offset);
        }

        return SessionRecordDecoder.Deserialize(buffer.Data, path, 0, null, buffer.Offset)
            ?? throw new SessionMetadataFormatException("the JSON is null, not a metadata object.", path, 0, null, buffer.Offset);
    }
}
