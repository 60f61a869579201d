using System.Runtime.CompilerServices;

namespace Evo8x8.Client.Ccai;

// Newline-delimited JSON: one record per line, found by scanning the pooled bytes for '\n' (no string per line).
public sealed partial class SessionMetadataReader
{
    /// <summary>Reads newline-delimited JSON (one metadata object per line; blank lines ignored) from a file.</summary>
    /// <param name="path">The NDJSON file.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The records, one at a time.</returns>
    public IAsyncEnumerable<SessionMetadata> ReadNdjsonFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFromFileAsync(path, ReadNdjsonAsync, cancellationToken);
    }

    /// <summary>Reads newline-delimited JSON (one metadata object per line; blank lines ignored) from a stream the caller owns.</summary>
    /// <param name="stream">The NDJSON, UTF-8.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The records, one at a time.</returns>
    public IAsyncEnumerable<SessionMetadata> ReadNdjsonAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadNdjsonAsync(stream, null, cancellationToken);
    }

    private async IAsyncEnumerable<SessionMetadata> ReadNdjsonAsync(
        Stream stream,
        string? path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using PooledReadBuffer buffer = new(stream, _options.MaxRecordBytes);
        await buffer.SkipByteOrderMarkAsync(cancellationToken).ConfigureAwait(false);
        long lineNumber = 1;
        long recordIndex = 0;
        int scanned = 0;
        while (true)
        {
            int length = FindLineEnd(buffer.Data, scanned);
            if (length < 0)
            {
                scanned = buffer.Data.Length;
                if (await ReadMoreAsync(buffer, path, recordIndex, lineNumber, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                if (buffer.Data.IsEmpty)
                {
                    yield break;
                }

                length = buffer.Data.Length;
            }

            SessionMetadata? record = ReadLine(buffer, length, path, ref recordIndex, lineNumber);
            buffer.Consume(Math.Min(length + 1, buffer.Data.Length));
            lineNumber++;
            scanned = 0;
            if (record is not null)
            {
                yield return record;
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static int FindLineEnd(ReadOnlySpan<byte> data, int from)
    {
        int found = data[from..].IndexOf((byte)'\n');
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Reads the record on one line; null for a blank line or a broken record being skipped.</summary>
    private SessionMetadata? ReadLine(PooledReadBuffer buffer, int length, string? path, ref long recordIndex, long lineNumber)
    {
        ReadOnlySpan<byte> line = buffer.Data[..length];
        int leading = line.Length - line.TrimStart(" \t\r"u8).Length;
        line = line.Trim(" \t\r"u8);
        if (line.IsEmpty)
        {
            return null;
        }

        long index = recordIndex++;
        try
        {
            return Deserialize(line, path, index, lineNumber, buffer.Offset + leading)
                ?? throw new SessionMetadataFormatException("the line is null, not a metadata object.", path, index, lineNumber, buffer.Offset + leading);
        }
        catch (SessionMetadataFormatException broken)
        {
            OnBroken(broken);
            return null;
        }
    }

    private static async ValueTask<bool> ReadMoreAsync(PooledReadBuffer buffer, string? path, long recordIndex, long? lineNumber, CancellationToken cancellationToken)
    {
        try
        {
            return await buffer.ReadMoreAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException tooLarge)
        {
            throw new SessionMetadataFormatException(tooLarge.Message, path, recordIndex, lineNumber, buffer.Offset, innerException: tooLarge);
        }
    }
}
