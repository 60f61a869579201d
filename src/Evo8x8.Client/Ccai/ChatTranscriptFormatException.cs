using System.Globalization;
using System.Text;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// A chat transcript could not be read: it names the file (when there is one), the byte offset and the JSON path
/// of the offending value (for example <c>$.entries[3].timestamp</c>).
/// </summary>
public sealed class ChatTranscriptFormatException : Evo8x8ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, in plain words.</param>
    /// <param name="filePath">The file; <see langword="null"/> for a caller's stream.</param>
    /// <param name="byteOffset">The offset of the offending part in the file or stream.</param>
    /// <param name="jsonPath">The JSON path of the offending value, when known.</param>
    /// <param name="innerException">The parser's own error.</param>
    public ChatTranscriptFormatException(string problem, string? filePath, long byteOffset, string? jsonPath = null, Exception? innerException = null)
        : base(Describe(problem, filePath, byteOffset, jsonPath), innerException)
    {
        FilePath = filePath;
        ByteOffset = byteOffset;
        JsonPath = jsonPath;
    }

    /// <summary>The file; <see langword="null"/> when reading a caller's stream.</summary>
    public string? FilePath { get; }

    /// <summary>The offset, in bytes, of the offending part (an entry's first byte for a broken entry).</summary>
    public long ByteOffset { get; }

    /// <summary>The JSON path of the offending value, when known.</summary>
    public string? JsonPath { get; }

    private static string Describe(string problem, string? filePath, long byteOffset, string? jsonPath)
    {
        StringBuilder text = new("Chat transcript");
        if (filePath is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" '{filePath}'");
        }

        text.Append(CultureInfo.InvariantCulture, $" (byte offset {byteOffset}");
        if (jsonPath is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", at {jsonPath}");
        }

        return text.Append(CultureInfo.InvariantCulture, $") cannot be read: {problem}").ToString();
    }
}
