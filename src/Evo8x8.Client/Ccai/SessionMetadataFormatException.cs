using System.Globalization;
using System.Text;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// A session metadata record could not be read: it names the file (when there is one), the record's index, line
/// and byte offset, and the JSON path of the offending value, so the record can be found and fixed.
/// </summary>
public sealed class SessionMetadataFormatException : Evo8x8ApiException
{
    /// <summary>Creates the exception for one record.</summary>
    /// <param name="problem">What is wrong, in plain words.</param>
    /// <param name="filePath">The file the record came from; <see langword="null"/> for a caller's stream.</param>
    /// <param name="recordIndex">The 0-based index of the record within its file or stream.</param>
    /// <param name="lineNumber">The 1-based line of the record (NDJSON); <see langword="null"/> when unknown.</param>
    /// <param name="byteOffset">The offset of the record's first byte in its file or stream.</param>
    /// <param name="jsonPath">The JSON path of the offending value within the record, when known.</param>
    /// <param name="innerException">The parser's own error.</param>
    public SessionMetadataFormatException(
        string problem,
        string? filePath,
        long recordIndex,
        long? lineNumber,
        long byteOffset,
        string? jsonPath = null,
        Exception? innerException = null)
        : base(Describe(problem, filePath, recordIndex, lineNumber, byteOffset, jsonPath), innerException)
    {
        FilePath = filePath;
        RecordIndex = recordIndex;
        LineNumber = lineNumber;
        ByteOffset = byteOffset;
        JsonPath = jsonPath;
    }

    /// <summary>The file the record came from; <see langword="null"/> when reading a caller's stream.</summary>
    public string? FilePath { get; }

    /// <summary>The 0-based index of the record within its file or stream (blank NDJSON lines are not counted); the message counts from 1.</summary>
    public long RecordIndex { get; }

    /// <summary>The 1-based line the record starts on, for NDJSON; <see langword="null"/> otherwise.</summary>
    public long? LineNumber { get; }

    /// <summary>The offset, in bytes, of the record's first byte within its file or stream.</summary>
    public long ByteOffset { get; }

    /// <summary>The JSON path of the offending value within the record (for example <c>$.created_at</c>), when known.</summary>
    public string? JsonPath { get; }

    private static string Describe(string problem, string? filePath, long recordIndex, long? lineNumber, long byteOffset, string? jsonPath)
    {
        // Records are counted from 1 in the message, as lines are; RecordIndex stays the 0-based index for code.
        StringBuilder text = new("Session metadata record ");
        text.Append(CultureInfo.InvariantCulture, $"{recordIndex + 1}");
        if (filePath is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" of '{filePath}'");
        }

        text.Append(" (");
        if (lineNumber is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $"line {line}, ");
        }

        text.Append(CultureInfo.InvariantCulture, $"byte offset {byteOffset}");
        if (jsonPath is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", at {jsonPath}");
        }

        return text.Append(CultureInfo.InvariantCulture, $") cannot be read: {problem}").ToString();
    }
}
