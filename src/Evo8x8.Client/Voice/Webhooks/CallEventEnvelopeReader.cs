using System.Text.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// Reads a call action or call status envelope member by member, standing in for the serializer's contract where it is
/// sure to read the body the same way: the envelope's members (<c>namespace</c>, <c>eventType</c>, <c>description</c>,
/// <c>version</c>, <c>payload</c>) written exactly so, each once, each with a value of the kind the contract reads
/// without help. The payload goes through the same converter the contract uses.
/// </summary>
/// <remarks>
/// Anything else (a name in another case or escaped, a member the envelope does not name, a repeat, a number written
/// as text, a wrong kind, malformed JSON, an error inside the payload) gives <see langword="null"/>: the contract then
/// reads the body, so what it keeps and how it words an error stay its own. Saves the general object reader's cost on
/// every call event, the most frequent webhook.
/// </remarks>
internal static class CallEventEnvelopeReader
{
    private const int Namespace = 1;
    private const int EventType = 2;
    private const int Description = 4;
    private const int Version = 8;
    private const int Payload = 16;

    private static readonly WireValueJsonConverter<WebhookEventType> EventTypes = new();
    private static readonly CallEventPayloadJsonConverter Payloads = new();

    /// <summary>The event of type <paramref name="expected"/> (call action or call status), or null when the contract must read it.</summary>
    public static WebhookEvent? TryRead(ReadOnlySpan<byte> json, WebhookEventType expected)
    {
        try
        {
            return Read(json, expected);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            // The contract reads the body again and reports the error in its own words, at its own path.
            return null;
        }
    }

    private static WebhookEvent? Read(ReadOnlySpan<byte> json, WebhookEventType expected)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? ns = null;
        string? description = null;
        int? version = null;
        WebhookEventType eventType = default;
        CallEventPayload? payload = null;
        int seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int member = reader.ValueIsEscaped ? 0 : MemberOf(ref reader);
            if (member == 0 || (seen & member) != 0)
            {
                return null;
            }

            seen |= member;
            reader.Read();
            switch (member)
            {
                case Payload when reader.TokenType == JsonTokenType.StartObject:
                    payload = Payloads.Read(ref reader, typeof(CallEventPayload), WebhookJson.Options);
                    break;
                case EventType when reader.TokenType == JsonTokenType.String:
                    eventType = EventTypes.Read(ref reader, typeof(WebhookEventType), WebhookJson.Options);
                    break;
                case Version when TryReadVersion(ref reader, out version):
                    break;
                case Namespace:
                    ns = CallLegJsonConverter.ReadText(ref reader);
                    break;
                case Description:
                    description = CallLegJsonConverter.ReadText(ref reader);
                    break;
                default:
                    // A kind the contract would refuse or convert: it decides.
                    return null;
            }
        }

        // The root object must be all there is; a read past it throws on anything but whitespace.
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || payload is null || eventType != expected)
        {
            return null;
        }

        WebhookEvent webhookEvent = expected == WebhookEventType.CallAction
            ? new CallActionEvent { Payload = payload }
            : new CallStatusEvent { Payload = payload };
        webhookEvent.Namespace = ns;
        webhookEvent.EventType = eventType;
        webhookEvent.Description = description;
        webhookEvent.Version = version;
        return webhookEvent;
    }

    private static int MemberOf(ref Utf8JsonReader reader)
        => reader.ValueTextEquals("payload"u8) ? Payload
            : reader.ValueTextEquals("namespace"u8) ? Namespace
            : reader.ValueTextEquals("eventType"u8) ? EventType
            : reader.ValueTextEquals("description"u8) ? Description
            : reader.ValueTextEquals("version"u8) ? Version
            : 0;

    private static bool TryReadVersion(ref Utf8JsonReader reader, out int? version)
    {
        version = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int number))
        {
            version = number;
            return true;
        }

        return false;
    }
}
