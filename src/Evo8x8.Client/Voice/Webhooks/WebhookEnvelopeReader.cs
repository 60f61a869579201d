using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// Reads a webhook envelope for <see cref="WebhookParser"/>: which event type it holds, then the typed event in one
/// serializer pass. The parser keeps what surrounds it (size limits, UTF-8 checks, turning errors into
/// <see cref="WebhookParseException"/>).
/// </summary>
internal static class WebhookEnvelopeReader
{
    private static ReadOnlySpan<byte> Whitespace => " \t\r\n"u8;

    public static WebhookEvent ReadEvent(ReadOnlySpan<byte> json, string? text)
    {
        // 8x8 writes eventType after the payload, so a forward reader would meet the payload before knowing its
        // type. A text search for the eventType value lets the serializer read the typed event in one pass; the
        // serializer then reads the real top-level eventType, and only a mismatch falls back to a full envelope scan.
        JsonException? guessError = null;
        if (TryGuessEventType(json, out WebhookEventType guess))
        {
            try
            {
                // Call events, the most frequent, are read member by member when the body is the usual shape.
                WebhookEvent? fast = (guess == WebhookEventType.CallAction || guess == WebhookEventType.CallStatus
                    ? CallEventEnvelopeReader.TryRead(json, guess)
                    : null) ?? Deserialize(json, guess);
                if (fast is not null && fast.EventType == guess && HasPayload(fast))
                {
                    return fast;
                }
            }
            catch (JsonException ex)
            {
                // The guess may have been wrong (the text sat inside the payload); the scan below decides.
                guessError = ex;
            }
        }

        Envelope envelope;
        try
        {
            envelope = ScanEnvelope(json);
        }
        catch (WebhookParseException scanError) when (guessError is { LineNumber: { } line, BytePositionInLine: { } position }
            && (line + 1, position + 1).CompareTo((scanError.LineNumber ?? long.MaxValue, scanError.BytePositionInLine ?? long.MaxValue)) <= 0)
        {
            // Both readings refuse the body, and the serializer's error comes first in the text: report it, as the
            // serializer itself would (the scan checks only the envelope, and out of document order).
            ExceptionDispatchInfo.Throw(guessError);
            throw;
        }

        if (envelope.EventType is not { } eventType)
        {
            throw new WebhookParseException(WebhookParseFailure.InvalidContent, "The envelope has no eventType, so the payload cannot be read.", "$", 1, 1);
        }

        if (!IsKnown(eventType))
        {
            return new UnknownWebhookEvent
            {
                Namespace = envelope.Namespace,
                EventType = eventType,
                Description = envelope.Description,
                RawJson = text ?? Encoding.UTF8.GetString(json),
            };
        }

        WebhookEvent? typed = envelope.PayloadOffset > 0 ? Deserialize(json, eventType) : null;
        if (typed is null || !HasPayload(typed))
        {
            (long line, long position) = JsonSyntaxProbe.PositionOf(json, envelope.PayloadOffset);
            string reason = envelope.PayloadOffset > 0 ? $"A {eventType} event needs a payload object, not null" : $"A {eventType} event needs a payload object, and there is none";
            throw new WebhookParseException(WebhookParseFailure.InvalidContent, reason, "$.payload", line, position);
        }

        return typed;
    }

    /// <summary>True for the event types the SDK reads into their own models.</summary>
    public static bool IsKnown(WebhookEventType eventType)
        => eventType == WebhookEventType.SessionSummary || eventType == WebhookEventType.CallAction || eventType == WebhookEventType.CallStatus
        || eventType == WebhookEventType.CallRecordingStatus || eventType == WebhookEventType.VirtualNumberUpdate;

    private static WebhookEvent? Deserialize(ReadOnlySpan<byte> json, WebhookEventType eventType)
    {
        if (eventType == WebhookEventType.SessionSummary)
        {
            return JsonSerializer.Deserialize(json, WebhookJson.SessionSummaryEvent);
        }

        if (eventType == WebhookEventType.CallAction)
        {
            return JsonSerializer.Deserialize(json, WebhookJson.CallActionEvent);
        }

        if (eventType == WebhookEventType.CallRecordingStatus)
        {
            return JsonSerializer.Deserialize(json, WebhookJson.CallRecordingStatusEvent);
        }

        return eventType == WebhookEventType.VirtualNumberUpdate
            ? JsonSerializer.Deserialize(json, WebhookJson.VirtualNumberUpdateEvent)
            : JsonSerializer.Deserialize(json, WebhookJson.CallStatusEvent);
    }

    private static bool HasPayload(WebhookEvent webhookEvent) => webhookEvent switch
    {
        SessionSummaryEvent summary => summary.Payload is not null,
        CallActionEvent action => action.Payload is not null,
        CallStatusEvent status => status.Payload is not null,
        CallRecordingStatusEvent recording => recording.Payload is not null,
        VirtualNumberUpdateEvent numbers => numbers.Payload is not null,
        _ => true,
    };

    private static bool TryGuessEventType(ReadOnlySpan<byte> json, out WebhookEventType eventType)
    {
        eventType = default;
        int at = json.LastIndexOf("\"eventType\""u8);
        if (at < 0)
        {
            return false;
        }

        ReadOnlySpan<byte> rest = json[(at + "\"eventType\"".Length)..].TrimStart(Whitespace);
        if (rest.IsEmpty || rest[0] != (byte)':')
        {
            return false;
        }

        rest = rest[1..].TrimStart(Whitespace);
        if (rest.StartsWith("\"SESSION_SUMMARY\""u8))
        {
            eventType = WebhookEventType.SessionSummary;
        }
        else if (rest.StartsWith("\"CALL_ACTION\""u8))
        {
            eventType = WebhookEventType.CallAction;
        }
        else if (rest.StartsWith("\"CALL_STATUS\""u8))
        {
            eventType = WebhookEventType.CallStatus;
        }
        else if (rest.StartsWith("\"CALL_RECORDING_STATUS\""u8))
        {
            eventType = WebhookEventType.CallRecordingStatus;
        }
        else if (rest.StartsWith("\"VIRTUAL_NUMBER_UPDATE\""u8))
        {
            eventType = WebhookEventType.VirtualNumberUpdate;
        }

        return eventType.Value is not null;
    }

    // The authoritative read of the envelope's own fields; the payload is skipped, not materialised. Errors name a
    // member as written, as the serializer does.
    private static Envelope ScanEnvelope(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new WebhookParseException(WebhookParseFailure.InvalidContent, $"The body must be a JSON object, not {reader.TokenType}.", "$", 1, 1);
        }

        var envelope = default(Envelope);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            WireToken.TryGetText(ref reader, out string name);
            if (!seen.Add(name))
            {
                (long line, long position) = JsonSyntaxProbe.PositionOf(json, reader.TokenStartIndex);
                throw new WebhookParseException(WebhookParseFailure.InvalidContent, $"{name} appears twice; a body with a duplicate key is refused.", $"$.{name}", line, position);
            }

            reader.Read();
            if (name.Equals("eventType", StringComparison.OrdinalIgnoreCase))
            {
                envelope.EventType = reader.TokenType switch
                {
                    JsonTokenType.String => new WebhookEventType(Text(json, reader, $"$.{name}")),
                    JsonTokenType.Null => null,
                    _ => throw WrongType(json, reader, $"$.{name}", "eventType must be a string"),
                };
            }
            else if (name.Equals("namespace", StringComparison.OrdinalIgnoreCase))
            {
                envelope.Namespace = OptionalText(json, reader, $"$.{name}");
            }
            else if (name.Equals("description", StringComparison.OrdinalIgnoreCase))
            {
                envelope.Description = OptionalText(json, reader, $"$.{name}");
            }
            else
            {
                if (name.Equals("payload", StringComparison.OrdinalIgnoreCase))
                {
                    envelope.PayloadOffset = reader.TokenStartIndex;
                }

                reader.Skip();
            }
        }

        // Trailing text after the envelope is a syntax error; reading past the end finds it.
        reader.Read();
        return envelope;
    }

    private static string? OptionalText(ReadOnlySpan<byte> json, Utf8JsonReader reader, string path) => reader.TokenType switch
    {
        JsonTokenType.String => Text(json, reader, path),
        JsonTokenType.Null => null,
        _ => throw WrongType(json, reader, path, $"{path[2..]} must be a string"),
    };

    private static string Text(ReadOnlySpan<byte> json, Utf8JsonReader reader, string path)
        => WireToken.TryGetText(ref reader, out string text)
            ? text
            : throw new WebhookParseException(
                WebhookParseFailure.InvalidContent,
                $"{path[2..]} is not valid text: it escapes a lone UTF-16 surrogate.",
                path,
                JsonSyntaxProbe.PositionOf(json, reader.TokenStartIndex).Line,
                JsonSyntaxProbe.PositionOf(json, reader.TokenStartIndex).BytePositionInLine);

    private static WebhookParseException WrongType(ReadOnlySpan<byte> json, Utf8JsonReader reader, string path, string reason)
    {
        (long line, long position) = JsonSyntaxProbe.PositionOf(json, reader.TokenStartIndex);
        return new(WebhookParseFailure.InvalidContent, $"{reason}, not {reader.TokenType}.", path, line, position);
    }

    private struct Envelope
    {
        public WebhookEventType? EventType;
        public string? Namespace;
        public string? Description;
        public long PayloadOffset;
    }
}
