using System.Buffers.Text;
using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Voice.Json;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// Reads the payload of a call action (VCA) or call status (VCS) event member by member for <see cref="WebhookParser"/>,
/// as <see cref="CallLegJsonConverter"/> reads a leg: the serializer's general object reader took 1.24–1.39 times plain
/// System.Text.Json on these payloads. It reads exactly what that reader read: names in any case, every value through
/// the same converters (or the serializer's own number rules), unknown members kept, a repeated key refused, and each
/// error raised with the member it is about (<see cref="MemberJsonException"/>), so the parser reports the full path.
/// </summary>
/// <remarks>Writing is the context's own contract; this converter is registered only in <see cref="WebhookJson"/>.</remarks>
internal sealed class CallEventPayloadJsonConverter : JsonConverter<CallEventPayload>
{
    private const int EventData = 16;

    // The one member the contract ignores: skipped, and not refused when repeated, as the serializer does.
    private const int Ignored = 21;

    // The models' ExtensionData property is ignored by the contract, and the serializer drops a member of that name
    // (in any case) instead of keeping it as an unknown member.
    private static readonly byte[] IgnoredName = "extensionData"u8.ToArray();

    // In 8x8's order, so that the next expected member is usually the first one tried.
    private static readonly byte[][] Names =
    [
        "eventId"u8.ToArray(), "callId"u8.ToArray(), "sessionId"u8.ToArray(), "subAccountId"u8.ToArray(), "callStatus"u8.ToArray(),
        "callDirection"u8.ToArray(), "callType"u8.ToArray(), "source"u8.ToArray(), "destination"u8.ToArray(), "sourceFormat"u8.ToArray(),
        "destinationFormat"u8.ToArray(), "sourceCountryCode"u8.ToArray(), "destinationCountryCode"u8.ToArray(), "sourceRefId"u8.ToArray(),
        "destinationRefId"u8.ToArray(), "callDuration"u8.ToArray(), "eventData"u8.ToArray(), "dtmf"u8.ToArray(), "sipCode"u8.ToArray(),
        "timestamp"u8.ToArray(), "clientActionId"u8.ToArray(), IgnoredName,
    ];

    private static readonly byte[][] EventDataNames = ["dtmf"u8.ToArray(), IgnoredName];

    private static readonly WireValueJsonConverter<CallStatus> Statuses = new();
    private static readonly WireValueJsonConverter<CallDirection> Directions = new();
    private static readonly WireValueJsonConverter<CallType> Types = new();
    private static readonly NullableInstantJsonConverter Instants = new();
    private static readonly NullableTextJsonConverter Texts = new();
    private static readonly SecondsDurationJsonConverter Durations = new();

    public override CallEventPayload Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"The JSON value could not be converted to {typeof(CallEventPayload).FullName}.");
        }

        var payload = new CallEventPayload();
        int seen = 0;
        int expected = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int member = CallLegJsonConverter.NextMember(ref reader, Names, expected, out string? name);
            try
            {
                switch (member)
                {
                    case 0: payload.EventId = CallLegJsonConverter.ReadText(ref reader); break;
                    case 1: payload.CallId = CallLegJsonConverter.ReadText(ref reader); break;
                    case 2: payload.SessionId = CallLegJsonConverter.ReadText(ref reader); break;
                    case 3: payload.SubAccountId = CallLegJsonConverter.ReadText(ref reader); break;
                    case 4: payload.CallStatus = reader.TokenType == JsonTokenType.Null ? null : Statuses.Read(ref reader, typeof(CallStatus), options); break;
                    case 5: payload.CallDirection = reader.TokenType == JsonTokenType.Null ? null : Directions.Read(ref reader, typeof(CallDirection), options); break;
                    case 6: payload.CallType = reader.TokenType == JsonTokenType.Null ? null : Types.Read(ref reader, typeof(CallType), options); break;
                    case 7: payload.Source = CallLegJsonConverter.ReadText(ref reader); break;
                    case 8: payload.Destination = CallLegJsonConverter.ReadText(ref reader); break;
                    case 9: payload.SourceFormat = CallLegJsonConverter.ReadText(ref reader); break;
                    case 10: payload.DestinationFormat = CallLegJsonConverter.ReadText(ref reader); break;
                    case 11: payload.SourceCountryCode = CallLegJsonConverter.ReadText(ref reader); break;
                    case 12: payload.DestinationCountryCode = CallLegJsonConverter.ReadText(ref reader); break;
                    case 13: payload.SourceRefId = Texts.Read(ref reader, typeof(string), options); break;
                    case 14: payload.DestinationRefId = Texts.Read(ref reader, typeof(string), options); break;
                    case 15: payload.CallDuration = Durations.Read(ref reader, typeof(Duration?), options); break;
                    case EventData: payload.EventData = ReadEventData(ref reader, options); break;
                    case 17: payload.Dtmf = Texts.Read(ref reader, typeof(string), options); break;
                    case 18: payload.SipCode = ReadInt32(ref reader); break;
                    case 19: payload.Timestamp = Instants.Read(ref reader, typeof(Instant?), options); break;
                    case 20: payload.ClientActionId = Texts.Read(ref reader, typeof(string), options); break;
                    case Ignored: reader.Skip(); break;
                    default: (payload.UnknownStore ??= new()).Add(name!, ref reader); break;
                }
            }
            catch (JsonException ex) when (ex is not MemberJsonException && ex.Path is null)
            {
                throw new MemberJsonException(ex.Message, CallLegJsonConverter.Written(name, Names, member), ex);
            }
            catch (MemberJsonException ex) when (ex.Path is null && member == EventData)
            {
                // From a member of the event data.
                throw new MemberJsonException(ex.Message, $"{CallLegJsonConverter.Written(name, Names, member)}.{ex.Member}", ex);
            }
            catch (InvalidOperationException ex)
            {
                // A string whose escapes are not valid UTF-16 (a lone surrogate), refused by the reader.
                throw new MemberJsonException(
                    $"The JSON value could not be converted to {MemberType(member)}.", CallLegJsonConverter.Written(name, Names, member), ex);
            }

            // Like the serializer, a repeated key is refused once its value has been read.
            if (member is >= 0 and < Ignored)
            {
                seen = CallLegJsonConverter.Seen(seen, member, name, Names);
                expected = member + 1;
            }
        }

        return payload;
    }

    public override void Write(Utf8JsonWriter writer, CallEventPayload value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value, VoiceJsonContext.Default.CallEventPayload);

    /// <summary>
    /// An <see cref="int"/> as the context reads one (numbers also from strings): a JSON integer, or a string holding
    /// exactly one, or null.
    /// </summary>
    private static int? ReadInt32(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt32(out int number):
                return number;
            case JsonTokenType.String:
                Span<byte> text = stackalloc byte[64];
                long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                if (length <= text.Length)
                {
                    ReadOnlySpan<byte> value = text[..reader.CopyString(text)];
                    if (Utf8Parser.TryParse(value, out int parsed, out int used) && used == value.Length)
                    {
                        return parsed;
                    }
                }

                break;
        }

        throw new JsonException("The JSON value could not be converted to System.Nullable`1[System.Int32].");
    }

    private static CallEventData? ReadEventData(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"The JSON value could not be converted to {typeof(CallEventData).FullName}.");
        }

        var data = new CallEventData();
        int seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int member = CallLegJsonConverter.NextMember(ref reader, EventDataNames, 0, out string? name);
            try
            {
                switch (member)
                {
                    case 0: data.Dtmf = Texts.Read(ref reader, typeof(string), options); break;
                    case 1: reader.Skip(); break;
                    default: (data.UnknownStore ??= new()).Add(name!, ref reader); break;
                }
            }
            catch (JsonException ex) when (ex is not MemberJsonException)
            {
                throw new MemberJsonException(ex.Message, CallLegJsonConverter.Written(name, EventDataNames, member), ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new MemberJsonException("The JSON value could not be converted to System.String.", CallLegJsonConverter.Written(name, EventDataNames, member), ex);
            }

            if (member == 0)
            {
                seen = CallLegJsonConverter.Seen(seen, member, name, EventDataNames);
            }
        }

        return data;
    }

    private static string MemberType(int member) => member switch
    {
        4 => typeof(CallStatus).FullName!,
        5 => typeof(CallDirection).FullName!,
        6 => typeof(CallType).FullName!,
        15 => "System.Double",
        EventData => typeof(CallEventData).FullName!,
        18 => "System.Nullable`1[System.Int32]",
        19 => typeof(Instant).FullName!,
        _ => "System.String",
    };
}
