using System.Runtime.CompilerServices;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// Newline-delimited JSON for <see cref="SessionMetadataReader"/>: one record per line, found by scanning the pooled
/// bytes for '\n' (no string per line); blank lines are ignored.
/// </summary>
internal sealed class NdjsonRecordReader(SessionRecordDecoder decoder) : ISessionRecordLayout
{
    /// <inheritdoc/>
    public async IAsyncEnumerable<SessionMetadata> ReadAsync(
        PooledReadBuffer buffer,
        string? path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long lineNumber = 1;
        long recordIndex = 0;
        int scanned = 0;
        while (true)
        {
            int length = FindLineEnd(buffer.Data, scanned);
            if (length < 0)
            {
                scanned = buffer.Data.Length;
                if (await SessionRecordDecoder.ReadMoreAsync(buffer, path, recordIndex, lineNumber, cancellationToken).ConfigureAwait(false))
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

        return decoder.DeserializeOrSkip(line, path, recordIndex++, lineNumber, buffer.Offset + leading, "line");
    }
}
