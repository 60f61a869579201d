using System.Runtime.CompilerServices;
using System.Text.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// A JSON array of records for <see cref="SessionMetadataReader"/>: <see cref="Utf8JsonReader"/> finds each element's
/// bounds in the pooled bytes, carrying its state across refills, and each element is deserialized on its own so that
/// one bad record does not end the batch.
/// </summary>
internal sealed class JsonArrayRecordReader(SessionRecordDecoder decoder) : ISessionRecordLayout
{
    private const int LongTokenBytes = 16 * 1024;

    private enum ArrayStep
    {
        NeedMore,
        Element,
        Ended,
    }

    /// <summary>Reads the array from a window already past any byte order mark; blank input yields nothing.</summary>
    public async IAsyncEnumerable<SessionMetadata> ReadAsync(
        PooledReadBuffer buffer,
        string? path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!await StartsArrayAsync(buffer, cancellationToken).ConfigureAwait(false) && SessionRecordDecoder.IsBlank(buffer.Data))
        {
            yield break;
        }

        var scan = new ArrayScan { ScannedTo = buffer.Offset, ElementAt = -1 };
        long recordIndex = 0;
        while (true)
        {
            ArrayStep step = NextArrayStep(buffer, path, recordIndex, ref scan, out int elementStart, out int elementLength);
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

                // A token longer than a read (a long string) is scanned again from its start after each refill; waiting
                // until the unscanned bytes have doubled keeps that linear. Short tokens resume on the next read.
                long want = Unscanned(buffer, scan) >= LongTokenBytes ? Unscanned(buffer, scan) * 2 : 0;
                while (await SessionRecordDecoder.ReadMoreAsync(buffer, path, recordIndex, null, cancellationToken).ConfigureAwait(false)
                    && Unscanned(buffer, scan) < want)
                {
                }
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

    private static long Unscanned(PooledReadBuffer buffer, ArrayScan scan) => buffer.Offset + buffer.Data.Length - scan.ScannedTo;

    /// <summary>Moves the window to the first non-blank byte and tells whether it opens an array.</summary>
    public static async ValueTask<bool> StartsArrayAsync(PooledReadBuffer buffer, CancellationToken cancellationToken)
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
    /// Scans the window from where the last call stopped to the next whole element or the array's end. Each byte is
    /// scanned once however small the stream's reads are (a rescan from the element's start on every refill made a
    /// large record quadratic); only the open element's bytes are kept in the window. Syntax errors cannot be
    /// skipped, because the next element cannot be found after one.
    /// </summary>
    private static ArrayStep NextArrayStep(
        PooledReadBuffer buffer,
        string? path,
        long recordIndex,
        ref ArrayScan scan,
        out int elementStart,
        out int elementLength)
    {
        elementStart = 0;
        elementLength = 0;
        long scannedFrom = scan.ScannedTo;
        Utf8JsonReader reader = new(buffer.Data[(int)(scannedFrom - buffer.Offset)..], buffer.IsCompleted, scan.State);
        try
        {
            while (true)
            {
                if (!reader.Read())
                {
                    scan.State = reader.CurrentState;
                    scan.ScannedTo = scannedFrom + reader.BytesConsumed;
                    buffer.Consume((int)((scan.ElementAt >= 0 ? scan.ElementAt : scan.ScannedTo) - buffer.Offset));
                    return ArrayStep.NeedMore;
                }

                if (!scan.Started)
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw new JsonException($"Expected a JSON array of records but found {reader.TokenType}.");
                    }

                    scan.Started = true;
                    continue;
                }

                if (reader.CurrentDepth == 0)
                {
                    return ArrayStep.Ended;
                }

                if (reader.CurrentDepth > 1)
                {
                    continue;
                }

                long tokenAt = scannedFrom + reader.TokenStartIndex;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    scan.ElementAt = tokenAt;
                    continue;
                }

                long start = reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray ? scan.ElementAt : tokenAt;
                scan.State = reader.CurrentState;
                scan.ScannedTo = scannedFrom + reader.BytesConsumed;
                scan.ElementAt = -1;
                elementStart = (int)(start - buffer.Offset);
                elementLength = (int)(scan.ScannedTo - start);
                return ArrayStep.Element;
            }
        }
        catch (JsonException invalid)
        {
            throw new SessionMetadataFormatException(
                $"the array is not valid JSON, so the records after this one cannot be found: {JsonErrorText.WithoutPosition(invalid)}",
                path,
                recordIndex,
                invalid.LineNumber + 1,
                scannedFrom + reader.BytesConsumed,
                innerException: invalid);
        }
    }

    /// <summary>Reads one array element; null for a broken record being skipped.</summary>
    private SessionMetadata? ReadElement(PooledReadBuffer buffer, int start, int length, string? path, long index)
        => decoder.DeserializeOrSkip(buffer.Data.Slice(start, length), path, index, null, buffer.Offset + start, "element");

    /// <summary>Where the scan of an array stands between refills of the window.</summary>
    private struct ArrayScan
    {
        /// <summary>The reader's state at <see cref="ScannedTo"/>.</summary>
        public JsonReaderState State;

        /// <summary>True once the opening bracket has been read.</summary>
        public bool Started;

        /// <summary>The stream offset up to which the array has been scanned.</summary>
        public long ScannedTo;

        /// <summary>The stream offset of the open element's first byte, or -1 between elements.</summary>
        public long ElementAt;
    }
}
