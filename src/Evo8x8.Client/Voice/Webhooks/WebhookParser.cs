using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using System.Text;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// Reads the body of an 8x8 webhook delivery into a typed <see cref="WebhookEvent"/>: a
/// <see cref="SessionSummaryEvent"/>, <see cref="CallActionEvent"/>, <see cref="CallStatusEvent"/>,
/// <see cref="CallRecordingStatusEvent"/>, <see cref="VirtualNumberUpdateEvent"/>, or an
/// <see cref="UnknownWebhookEvent"/> that keeps the raw JSON of an event type the SDK does not know.
/// </summary>
/// <remarks>
/// Every real payload quirk is tolerated (leg keys in either case, <c>"null"</c> as text, codes as numbers or
/// strings, unknown status values, missing or extra fields). Anything that cannot be read raises one
/// <see cref="WebhookParseException"/> that says what and where, never a raw serializer exception.
/// A body that writes a key twice in one object (say <c>eventType</c> as <c>CALL_STATUS</c>, then
/// <c>SESSION_SUMMARY</c>) is refused as <see cref="WebhookParseFailure.InvalidContent"/>, never read as its last
/// value; text, bytes and streams give the same answer. The parser is immutable and thread-safe; share one instance.
/// </remarks>
public sealed class WebhookParser
{
    // Small bodies (every documented payload) are transcoded on the stack instead of a rented array.
    private const int StackBufferBytes = 4096;

    private readonly long _maxBodyBytes;

    /// <summary>Creates a parser with the default 1 MiB body limit.</summary>
    public WebhookParser()
        : this(new WebhookParserOptions())
    {
    }

    /// <summary>Creates a parser with the given limits; the options are copied, so later changes have no effect.</summary>
    /// <param name="options">The limits to apply.</param>
    public WebhookParser(WebhookParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBodyBytes, nameof(options));
        _maxBodyBytes = options.MaxBodyBytes;
    }

    /// <summary>A shared parser with the default limits.</summary>
    public static WebhookParser Default { get; } = new();

    /// <summary>The largest body, in UTF-8 bytes, this parser reads.</summary>
    public long MaxBodyBytes => _maxBodyBytes;

    /// <summary>Parses a webhook body given as text.</summary>
    /// <param name="json">The body.</param>
    /// <returns>The typed event.</returns>
    /// <exception cref="WebhookParseException">The body is empty, too large or not an 8x8 webhook event.</exception>
    public WebhookEvent Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > _maxBodyBytes)
        {
            throw TooLarge();
        }

        int byteCount = Encoding.UTF8.GetByteCount(json);
        if (byteCount > _maxBodyBytes)
        {
            throw TooLarge();
        }

        byte[]? rented = byteCount > StackBufferBytes ? ArrayPool<byte>.Shared.Rent(byteCount) : null;
        try
        {
            Span<byte> utf8 = rented ?? stackalloc byte[StackBufferBytes];
            int written = Encoding.UTF8.GetBytes(json, utf8);
            return ParseCore(utf8[..written], json);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Parses a webhook body given as UTF-8 bytes (a byte array converts implicitly).</summary>
    /// <param name="utf8Json">The body; a leading byte order mark is ignored.</param>
    /// <returns>The typed event.</returns>
    /// <exception cref="WebhookParseException">The body is empty, too large, not UTF-8 or not an 8x8 webhook event.</exception>
    public WebhookEvent Parse(ReadOnlySpan<byte> utf8Json) => ParseCore(utf8Json, text: null);

    /// <summary>
    /// Reads a webhook body from a stream (an HTTP request body) and parses it. Reading stops as soon as the
    /// body exceeds <see cref="MaxBodyBytes"/>; the stream is not disposed.
    /// </summary>
    /// <param name="body">The body stream, read to its end.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The typed event.</returns>
    /// <exception cref="WebhookParseException">The body is empty, too large, not UTF-8 or not an 8x8 webhook event.</exception>
    public async Task<WebhookEvent> ParseAsync(Stream body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        long? known = body.CanSeek ? body.Length - body.Position : null;
        if (known > _maxBodyBytes)
        {
            throw TooLarge();
        }

        // One byte past the limit is enough to know the body is too large; no array holds more than int.MaxValue bytes.
        int cap = _maxBodyBytes >= int.MaxValue ? int.MaxValue : (int)_maxBodyBytes + 1;
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(known + 1 ?? StackBufferBytes, 1, cap));
        int total = 0;
        try
        {
            while (true)
            {
                if (total == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, cap));
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > _maxBodyBytes)
                {
                    throw TooLarge();
                }
            }

            return ParseCore(buffer.AsSpan(0, total), text: null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private WebhookEvent ParseCore(ReadOnlySpan<byte> json, string? text)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        if (json.Length > _maxBodyBytes)
        {
            throw TooLarge();
        }

        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new WebhookParseException(WebhookParseFailure.Empty, "The body is empty; expected a JSON object.");
        }

        if (!Utf8.IsValid(json))
        {
            throw InvalidUtf8(json);
        }

        if (!WebhookJson.RefusesDuplicates && JsonDuplicateProbe.TryFind(json, out JsonDuplicateProbe.Duplicate duplicate))
        {
            (long line, long position) = JsonSyntaxProbe.PositionOf(json, duplicate.ByteOffset);
            throw new WebhookParseException(
                WebhookParseFailure.InvalidContent, $"{duplicate.Path[2..]} appears twice; a body with a duplicate key is refused.", duplicate.Path, line, position);
        }

        try
        {
            return WebhookEnvelopeReader.ReadEvent(json, text);
        }
        catch (JsonException ex)
        {
            throw Describe(json, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            throw Describe(json, ex);
        }
    }

    private static WebhookParseException TooLarge()
        => new(WebhookParseFailure.TooLarge, "The body is larger than the configured limit (WebhookParserOptions.MaxBodyBytes).");

    private static WebhookParseException InvalidUtf8(ReadOnlySpan<byte> json)
    {
        int offset = 0;
        while (offset < json.Length && Rune.DecodeFromUtf8(json[offset..], out _, out int consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        (long line, long position) = JsonSyntaxProbe.PositionOf(json, offset);
        return new WebhookParseException(
            WebhookParseFailure.InvalidUtf8,
            string.Create(CultureInfo.InvariantCulture, $"The body is not valid UTF-8: byte 0x{json[offset]:X2} at offset {offset} does not start a valid sequence."),
            lineNumber: line,
            bytePositionInLine: position);
    }

    private static WebhookParseException Describe(ReadOnlySpan<byte> json, Exception ex)
    {
        if (JsonSyntaxProbe.TryFindError(json, out JsonSyntaxProbe.SyntaxError syntax))
        {
            return new(WebhookParseFailure.InvalidJson, syntax.Reason, syntax.Path, syntax.Line, syntax.BytePositionInLine, ex);
        }

        if (ex is not JsonException jsonError)
        {
            return new(WebhookParseFailure.InvalidContent, ex.Message, innerException: ex);
        }

        // A member read by hand is named below the path the serializer knows.
        string? path = jsonError is MemberJsonException { Member: var member } && jsonError.Path is { } objectPath ? $"{objectPath}.{member}" : jsonError.Path;
        return new(
            WebhookParseFailure.InvalidContent,
            JsonErrorText.WithoutPosition(jsonError),
            path,
            jsonError.LineNumber + 1,
            jsonError.BytePositionInLine + 1,
            ex);
    }
}
