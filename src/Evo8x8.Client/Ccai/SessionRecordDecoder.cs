using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using System.Text.Unicode;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// What every layout of <see cref="SessionMetadataReader"/> shares: turning one record's bytes into a
/// <see cref="SessionMetadata"/> or a positioned <see cref="SessionMetadataFormatException"/>, and applying
/// <see cref="SessionMetadataReaderOptions.BrokenRecords"/> to a broken one.
/// </summary>
internal sealed class SessionRecordDecoder(SessionMetadataReaderOptions options)
{
    private static readonly JsonTypeInfo<SessionMetadata> TypeInfo = CcaiJsonContext.Default.SessionMetadata;

    /// <summary>The reader's options.</summary>
    public SessionMetadataReaderOptions Options { get; } = options;

    /// <summary>Deserializes one record from its bytes, turning a parse error into a positioned exception.</summary>
    public static SessionMetadata? Deserialize(ReadOnlySpan<byte> record, string? path, long index, long? line, long offset)
    {
        // The serializer keeps unknown members as raw JSON without checking their text; bytes that are not UTF-8 would
        // surface later, when a user's logging reads those members. Refused here, with the record's position.
        if (!Utf8.IsValid(record))
        {
            throw new SessionMetadataFormatException("the record is not valid UTF-8 text.", path, index, line, offset);
        }

        // The usual record reads member by member; the contract reads (and words the errors of) every other one.
        if (SessionMetadataRecordReader.TryRead(record, out SessionMetadata? read))
        {
            return read;
        }

        try
        {
            return JsonSerializer.Deserialize(record, TypeInfo);
        }
        catch (JsonException invalid)
        {
            // One position per error: ours (record, line, byte offset, path), not the serializer's 0-based tail.
            throw new SessionMetadataFormatException(JsonErrorText.WithoutPosition(invalid), path, index, line, offset, invalid.Path, invalid);
        }
    }

    /// <summary>Deserializes one record of a batch; null for a broken record being skipped.</summary>
    public SessionMetadata? DeserializeOrSkip(ReadOnlySpan<byte> record, string? path, long index, long? line, long offset, string whatIsNull)
    {
        try
        {
            return Deserialize(record, path, index, line, offset)
                ?? throw new SessionMetadataFormatException($"the {whatIsNull} is null, not a metadata object.", path, index, line, offset);
        }
        catch (SessionMetadataFormatException broken)
        {
            OnBroken(broken);
            return null;
        }
    }

    /// <summary>Applies <see cref="SessionMetadataReaderOptions.BrokenRecords"/>: rethrows, or reports and lets the caller skip.</summary>
    public void OnBroken(SessionMetadataFormatException broken)
    {
        if (Options.BrokenRecords == BrokenRecordHandling.Throw)
        {
            throw broken;
        }

        Options.OnBrokenRecord?.Invoke(broken);
    }

    /// <summary>Refills the window, turning an over-long record into a positioned exception.</summary>
    public static async ValueTask<bool> ReadMoreAsync(PooledReadBuffer buffer, string? path, long recordIndex, long? lineNumber, CancellationToken cancellationToken)
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

    /// <summary>True when the bytes hold only JSON whitespace.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.TrimStart(" \t\r\n"u8).IsEmpty;
}
