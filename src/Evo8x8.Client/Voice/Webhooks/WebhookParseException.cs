using System.Globalization;
using System.Text;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// A webhook body could not be read as an 8x8 event. The message says what is wrong and where; <see cref="Failure"/>,
/// <see cref="Path"/>, <see cref="LineNumber"/> and <see cref="BytePositionInLine"/> say the same for code.
/// </summary>
/// <remarks>The message may quote a short value from the body (for example a malformed timestamp), never a header.</remarks>
public sealed class WebhookParseException : Evo8x8ApiException
{
    /// <summary>Creates the exception; every location detail is optional.</summary>
    /// <param name="failure">The family of malformed input.</param>
    /// <param name="reason">What is wrong, in plain words, without the location.</param>
    /// <param name="path">The JSON path of the offending value, for example <c>$.payload.details.CallA.callDuration</c>.</param>
    /// <param name="lineNumber">The 1-based line of the problem.</param>
    /// <param name="bytePositionInLine">The 1-based byte position of the problem within its line.</param>
    /// <param name="innerException">The lower-level failure, kept for diagnosis.</param>
    public WebhookParseException(
        WebhookParseFailure failure,
        string reason,
        string? path = null,
        long? lineNumber = null,
        long? bytePositionInLine = null,
        Exception? innerException = null)
        : base(Describe(reason, path, lineNumber, bytePositionInLine), innerException)
    {
        Failure = failure;
        Reason = reason;
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The family of malformed input: empty, too large, invalid UTF-8, invalid JSON or invalid content.</summary>
    public WebhookParseFailure Failure { get; }

    /// <summary>What is wrong, without the location (the message adds it).</summary>
    public string Reason { get; }

    /// <summary>The JSON path of the problem (<c>$</c> is the body itself); <see langword="null"/> when it has none.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line of the problem; <see langword="null"/> when it has no position (for example an oversized body).</summary>
    public long? LineNumber { get; }

    /// <summary>The 1-based byte position within <see cref="LineNumber"/> just past the offending token (as System.Text.Json counts it).</summary>
    public long? BytePositionInLine { get; }

    private static string Describe(string reason, string? path, long? line, long? position)
    {
        var text = new StringBuilder("The webhook body could not be read: ").Append(reason.TrimEnd('.'));
        if (path is not null || line is not null)
        {
            text.Append(" (");
            if (path is not null)
            {
                text.Append("at ").Append(path);
            }

            if (line is { } l)
            {
                text.Append(path is null ? string.Empty : ", ")
                    .Append(CultureInfo.InvariantCulture, $"line {l}, byte {position ?? 1}");
            }

            text.Append(')');
        }

        return text.Append('.').ToString();
    }
}
