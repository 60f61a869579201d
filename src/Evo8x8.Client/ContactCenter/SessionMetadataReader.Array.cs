using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Evo8x8.Client.ContactCenter;

// A JSON array of records: Utf8JsonReader finds each element's bounds in the pooled bytes, carrying its state
// across refills, and each element is deserialized on its own so that one bad record does not end the batch.
public sealed partial class SessionMetadataReader
{
    private enum ArrayStep
    {
        NeedMore,
        Started,
        Element,
        Ended,
    }

    /// <summary>Reads a file holding a JSON array of metadata objects.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The records, one at a time.</returns>
    public IAsyncEnumerable<SessionMetadata> ReadArrayFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFromFileAsync(path, ReadArrayAsync, cancellationToken);
    }

    /// <summary>Reads a JSON array of metadata objects from a stream the caller owns; empty input yields nothing.</summary>
    /// <param name="stream">The array, UTF-8.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The records, one at a time.</returns>
    public IAsyncEnumerable<SessionMetadata> ReadArrayAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadArrayAsync(stream, null, cancellationToken);
    }

    private async IAsyncEnumerable<SessionMetadata> ReadArrayAsync(
        Stream stream,
        string? path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using PooledReadBuffer buffer = new(stream, _options.MaxRecordBytes);
        await buffer.SkipByteOrderMarkAsync(cancellationToken).ConfigureAwait(false);
        await foreach (SessionMetadata record in ReadArrayAsync(buffer, path, cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }
    }

    private async IAsyncEnumerable<SessionMetadata> ReadArrayAsync(
        PooledReadBuffer buffer,
        string? path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!await StartsArrayAsync(buffer, cancellationToken).ConfigureAwait(false) && IsBlank(buffer.Data))
        {
            yield break;
        }

        JsonReaderState state = default;
        bool started = false;
        long recordIndex = 0;
        while (true)
        {
            ArrayStep step = NextArrayStep(buffer, path, recordIndex, ref state, ref started, out int elementStart, out int elementLength);
            if (step == ArrayStep.Ended)
            {
                yield break;
            }

            if (step == ArrayStep.NeedMore)
            {
                // Once the stream has ended the reader sees the final block and reports a truncation itself;
                // this guard only stops a loop should it not.
                if (buffer.IsCompleted)
                {
                    throw new SessionMetadataFormatException("the array ends before its closing bracket.", path, recordIndex, null, buffer.Offset);
                }

                await ReadMoreAsync(buffer, path, recordIndex, null, cancellationToken).ConfigureAwait(false);
            }
            else if (step == ArrayStep.Element)
            {
                SessionMetadata? record = ReadElement(buffer, elementStart, elementLength, path, recordIndex++);
                buffer.Consume(elementStart + elementLength);
                if (record is not null)
                {
                    yield return record;
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Moves the window to the first non-blank byte and tells whether it opens an array.</summary>
    private static async ValueTask<bool> StartsArrayAsync(PooledReadBuffer buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            ReadOnlySpan<byte> data = buffer.Data;
            int blank = data.Length - data.TrimStart(" \t\r\n"u8).Length;
            buffer.Consume(blank);
            if (!buffer.Data.IsEmpty)
            {
                return buffer.Data[0] == (byte)'[';
            }

            if (!await buffer.ReadMoreAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Finds the next piece of the array in the window: its opening bracket, a whole element, or its end. Syntax
    /// errors cannot be skipped, because the next element cannot be found after one.
    /// </summary>
    private static ArrayStep NextArrayStep(
        PooledReadBuffer buffer,
        string? path,
        long recordIndex,
        ref JsonReaderState state,
        ref bool started,
        out int elementStart,
        out int elementLength)
    {
        elementStart = 0;
        elementLength = 0;
        Utf8JsonReader reader = new(buffer.Data, buffer.IsCompleted, state);
        try
        {
            if (!reader.Read())
            {
                return ArrayStep.NeedMore;
            }

            if (!started)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new JsonException($"Expected a JSON array of records but found {reader.TokenType}.");
                }

                started = true;
                buffer.Consume((int)reader.BytesConsumed);
                state = reader.CurrentState;
                return ArrayStep.Started;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return ArrayStep.Ended;
            }

            elementStart = (int)reader.TokenStartIndex;
            if (!reader.TrySkip())
            {
                return ArrayStep.NeedMore;
            }

            elementLength = (int)reader.BytesConsumed - elementStart;
            state = reader.CurrentState;
            return ArrayStep.Element;
        }
        catch (JsonException invalid)
        {
            throw new SessionMetadataFormatException(
                $"the array is not valid JSON, so the records after this one cannot be found: {invalid.Message}",
                path,
                recordIndex,
                invalid.LineNumber + 1,
                buffer.Offset + reader.BytesConsumed,
                innerException: invalid);
        }
    }

    /// <summary>Reads one array element; null for a broken record being skipped.</summary>
    private SessionMetadata? ReadElement(PooledReadBuffer buffer, int start, int length, string? path, long index)
    {
        long offset = buffer.Offset + start;
        try
        {
            return Deserialize(buffer.Data.Slice(start, length), path, index, null, offset)
                ?? throw new SessionMetadataFormatException("the element is null, not a metadata object.", path, index, null, offset);
        }
        catch (SessionMetadataFormatException broken)
        {
            OnBroken(broken);
            return null;
        }
    }
}
