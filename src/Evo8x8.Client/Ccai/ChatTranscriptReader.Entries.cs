using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Evo8x8.Client.Ccai.Json;

namespace Evo8x8.Client.Ccai;

// Entry streaming: Utf8JsonReader walks the root object over the pooled bytes, carrying its state across refills;
// root fields are skipped whole, and each element of "entries" is deserialized from its own bytes.
public sealed partial class ChatTranscriptReader
{
    private enum Phase
    {
        Root,
        Fields,
        Entries,
        Done,
    }

    private async IAsyncEnumerable<ChatTranscriptEntry> ReadEntriesAsync(
        Stream stream,
        string? path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using PooledReadBuffer buffer = new(stream, MaxEntryBytes);
        await buffer.SkipByteOrderMarkAsync(cancellationToken).ConfigureAwait(false);
        JsonReaderState state = default;
        Phase phase = Phase.Root;
        int index = 0;
        while (phase != Phase.Done)
        {
            if (!TryStep(buffer, path, ref state, ref phase, out int start, out int length))
            {
                if (buffer.IsCompleted)
                {
                    throw new ChatTranscriptFormatException("the transcript ends before its closing brace.", path, buffer.Offset);
                }

                await ReadMoreAsync(buffer, path, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (length > 0)
            {
                ChatTranscriptEntry entry = ReadEntry(buffer.Data.Slice(start, length), path, buffer.Offset + start, index++);
                buffer.Consume(start + length);
                yield return entry;
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Takes one step through the root object; false when the window holds too little. An entry comes back as its bytes' bounds.</summary>
    private static bool TryStep(PooledReadBuffer buffer, string? path, ref JsonReaderState state, ref Phase phase, out int start, out int length)
    {
        start = 0;
        length = 0;
        Utf8JsonReader reader = new(buffer.Data, buffer.IsCompleted, state);
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            switch (phase)
            {
                case Phase.Root:
                    Expect(reader.TokenType == JsonTokenType.StartObject, "a transcript object", reader.TokenType);
                    phase = Phase.Fields;
                    break;
                case Phase.Fields when reader.TokenType == JsonTokenType.EndObject:
                    phase = Phase.Done;
                    break;
                case Phase.Fields:
                    bool entries = reader.ValueTextEquals("entries"u8);
                    if (!reader.Read())
                    {
                        return false;
                    }

                    if (entries && reader.TokenType == JsonTokenType.StartArray)
                    {
                        phase = Phase.Entries;
                    }
                    else if (!reader.TrySkip())
                    {
                        return false;
                    }

                    break;
                case Phase.Entries when reader.TokenType == JsonTokenType.EndArray:
                    phase = Phase.Fields;
                    break;
                default:
                    start = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        return false;
                    }

                    length = (int)reader.BytesConsumed - start;
                    state = reader.CurrentState;
                    return true;
            }

            state = reader.CurrentState;
            buffer.Consume((int)reader.BytesConsumed);
            return true;
        }
        catch (JsonException invalid)
        {
            throw new ChatTranscriptFormatException(invalid.Message, path, buffer.Offset + reader.BytesConsumed, innerException: invalid);
        }
    }

    private static void Expect(bool condition, string what, JsonTokenType found)
    {
        if (!condition)
        {
            throw new JsonException($"Expected {what} but found {found}.");
        }
    }

    private static ChatTranscriptEntry ReadEntry(ReadOnlySpan<byte> bytes, string? path, long offset, int index)
    {
        string where = string.Create(CultureInfo.InvariantCulture, $"$.entries[{index}]");
        try
        {
            return JsonSerializer.Deserialize(bytes, CcaiJsonContext.Default.ChatTranscriptEntry)
                ?? throw new ChatTranscriptFormatException("the entry is null, not an object.", path, offset, where);
        }
        catch (JsonException invalid)
        {
            string jsonPath = invalid.Path is { Length: > 1 } inner ? where + inner[1..] : where;
            throw new ChatTranscriptFormatException(invalid.Message, path, offset, jsonPath, invalid);
        }
    }

    private static async ValueTask ReadMoreAsync(PooledReadBuffer buffer, string? path, CancellationToken cancellationToken)
    {
        try
        {
            await buffer.ReadMoreAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException tooLarge)
        {
            throw new ChatTranscriptFormatException(tooLarge.Message, path, buffer.Offset, innerException: tooLarge);
        }
    }
}
