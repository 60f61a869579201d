using System.Buffers.Text;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Voice.Json;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// Reads a call leg (and its call quality) member by member for <see cref="WebhookParser"/>: a session summary spends
/// most of its time in its legs, and the serializer's general object reader took 1.2 times plain System.Text.Json
/// there. It reads exactly what that reader read: names in any case, every value through the same converters,
/// unknown members kept, a repeated key refused, and each error raised with the member it is about
/// (<see cref="MemberJsonException"/>), so the parser reports the full JSON path.
/// </summary>
/// <remarks>Writing is the context's own contract; this converter is registered only in <see cref="WebhookJson"/>.</remarks>
internal sealed class CallLegJsonConverter : JsonConverter<CallLeg>
{
    private const int MaxNameBytes = 64;

    // Members from this index on are ignored by the contract: skipped, and not refused when repeated, as the serializer does.
    private const int Ignored = 17;

    // In 8x8's order, so that the next expected member is usually the first one tried.
    private static readonly byte[][] Names =
    [
        "callId"u8.ToArray(), "callDirection"u8.ToArray(), "callType"u8.ToArray(), "initiatedTimestamp"u8.ToArray(),
        "connectedTimestamp"u8.ToArray(), "disconnectedTimestamp"u8.ToArray(), "source"u8.ToArray(), "destination"u8.ToArray(),
        "sourceFormat"u8.ToArray(), "destinationFormat"u8.ToArray(), "sourceCountryCode"u8.ToArray(), "destinationCountryCode"u8.ToArray(),
        "sourceRefId"u8.ToArray(), "destinationRefId"u8.ToArray(), "callStatus"u8.ToArray(), "callDuration"u8.ToArray(), "callQuality"u8.ToArray(),

        // Properties the contract ignores: the serializer drops a member of either name (in any case), not keeps it.
        "extensionData"u8.ToArray(), "name"u8.ToArray(),
    ];

    private static readonly WireValueJsonConverter<CallDirection> Directions = new();
    private static readonly WireValueJsonConverter<CallType> Types = new();
    private static readonly WireValueJsonConverter<CallStatus> Statuses = new();
    private static readonly NullableInstantJsonConverter Instants = new();
    private static readonly NullableTextJsonConverter Texts = new();
    private static readonly SecondsDurationJsonConverter Durations = new();

    public override CallLeg Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"The JSON value could not be converted to {typeof(CallLeg).FullName}.");
        }

        var leg = new CallLeg();
        int seen = 0;
        int expected = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int member = NextMember(ref reader, Names, expected, out string? name);
            try
            {
                switch (member)
                {
                    case 0: leg.CallId = ReadText(ref reader); break;
                    case 1: leg.CallDirection = reader.TokenType == JsonTokenType.Null ? null : Directions.Read(ref reader, typeof(CallDirection), options); break;
                    case 2: leg.CallType = reader.TokenType == JsonTokenType.Null ? null : Types.Read(ref reader, typeof(CallType), options); break;
                    case 3: leg.InitiatedTimestamp = Instants.Read(ref reader, typeof(Instant?), options); break;
                    case 4: leg.ConnectedTimestamp = Instants.Read(ref reader, typeof(Instant?), options); break;
                    case 5: leg.DisconnectedTimestamp = Instants.Read(ref reader, typeof(Instant?), options); break;
                    case 6: leg.Source = ReadText(ref reader); break;
                    case 7: leg.Destination = ReadText(ref reader); break;
                    case 8: leg.SourceFormat = ReadText(ref reader); break;
                    case 9: leg.DestinationFormat = ReadText(ref reader); break;
                    case 10: leg.SourceCountryCode = ReadText(ref reader); break;
                    case 11: leg.DestinationCountryCode = ReadText(ref reader); break;
                    case 12: leg.SourceRefId = Texts.Read(ref reader, typeof(string), options); break;
                    case 13: leg.DestinationRefId = Texts.Read(ref reader, typeof(string), options); break;
                    case 14: leg.CallStatus = reader.TokenType == JsonTokenType.Null ? null : Statuses.Read(ref reader, typeof(CallStatus), options); break;
                    case 15: leg.CallDuration = Durations.Read(ref reader, typeof(Duration?), options); break;
                    case 16: leg.CallQuality = CallQualityJsonConverter.ReadOrNull(ref reader); break;
                    case >= Ignored: reader.Skip(); break;
                    default: (leg.UnknownStore ??= new()).Add(name!, ref reader); break;
                }
            }
            catch (JsonException ex) when (ex is not MemberJsonException && ex.Path is null)
            {
                throw new MemberJsonException(ex.Message, Written(name, Names, member), ex);
            }
            catch (MemberJsonException ex) when (ex.Path is null && member == 16)
            {
                // From the call quality inside the leg.
                throw new MemberJsonException(ex.Message, $"{Written(name, Names, member)}.{ex.Member}", ex);
            }
            catch (InvalidOperationException ex)
            {
                // A string whose escapes are not valid UTF-16 (a lone surrogate), refused by the reader.
                throw new MemberJsonException(
                    $"The JSON value could not be converted to {MemberType(member)}.", Written(name, Names, member), ex);
            }

            // Like the serializer, a repeated key is refused once its value has been read.
            if (member is >= 0 and < Ignored)
            {
                seen = Seen(seen, member, name, Names);
                expected = member + 1;
            }
        }

        return leg;
    }

    public override void Write(Utf8JsonWriter writer, CallLeg value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value, VoiceJsonContext.Default.CallLeg);

    /// <summary>
    /// Reads the member whose name the reader is on up to its value: its index among <paramref name="names"/> (-1 for
    /// a member the model does not name) and its name as text when it is not written as listed (errors quote it as
    /// written; unknown members are kept under it).
    /// </summary>
    internal static int NextMember(ref Utf8JsonReader reader, byte[][] names, int expected, out string? name)
    {
        int member = Match(ref reader, names, expected, out bool exact);
        name = member < 0 || !exact ? UnknownName(ref reader) : null;
        reader.Read();
        return member;
    }

    /// <summary>
    /// The index of the property name the reader is on among <paramref name="names"/> (any case), or -1;
    /// <paramref name="exact"/> says whether it is written exactly as listed.
    /// </summary>
    private static int Match(ref Utf8JsonReader reader, byte[][] names, int expected, out bool exact)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return Match(reader.ValueSpan, names, expected, out exact);
        }

        exact = false;
        Span<byte> unescaped = stackalloc byte[MaxNameBytes];
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length <= MaxNameBytes ? Match(unescaped[..reader.CopyString(unescaped)], names, expected, out _) : -1;
    }

    private static int Match(ReadOnlySpan<byte> name, byte[][] names, int expected, out bool exact)
    {
        if (expected < names.Length && name.SequenceEqual(names[expected]))
        {
            exact = true;
            return expected;
        }

        exact = false;
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i].Length == name.Length && System.Text.Ascii.EqualsIgnoreCase(name, names[i]))
            {
                exact = name.SequenceEqual(names[i]);
                return i;
            }
        }

        return -1;
    }

    /// <summary>The name of an unknown member, as the serializer keys extension data (unescaped).</summary>
    private static string UnknownName(ref Utf8JsonReader reader)
        => WireToken.TryGetText(ref reader, out string name)
            ? name
            : throw new JsonException("A property name escapes a lone UTF-16 surrogate.");

    /// <summary>A member's name as written: its text when kept, else the listed name it was written exactly as.</summary>
    internal static string Written(string? name, byte[][] names, int member) => name ?? Encoding.UTF8.GetString(names[member]);

    /// <summary>
    /// <paramref name="seen"/> with <paramref name="member"/> added, or the serializer's error for a repeated key,
    /// named as written (<paramref name="name"/>, or the listed name when it was written exactly so).
    /// </summary>
    internal static int Seen(int seen, int member, string? name, byte[][] names)
    {
        if ((seen & (1 << member)) != 0)
        {
            string written = Written(name, names, member);
            throw new MemberJsonException($"Duplicate property '{written}' encountered during deserialization.", written);
        }

        return seen | (1 << member);
    }

    /// <summary>Text as the serializer reads a string member: a string or null, nothing else.</summary>
    internal static string? ReadText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException("The JSON value could not be converted to System.String."),
    };

    private static string MemberType(int member) => member switch
    {
        1 => typeof(CallDirection).FullName!,
        2 => typeof(CallType).FullName!,
        3 or 4 or 5 => typeof(Instant).FullName!,
        14 => typeof(CallStatus).FullName!,
        15 => "System.Double",
        16 => typeof(CallQuality).FullName!,
        _ => "System.String",
    };
}

/// <summary>Reads a leg's call quality member by member, as the serializer read it (numbers also as numeric strings).</summary>
internal static class CallQualityJsonConverter
{
    private static readonly byte[][] Names = ["mos"u8.ToArray(), "packetLossRate"u8.ToArray(), "jitter"u8.ToArray(), "extensionData"u8.ToArray()];

    public static CallQuality? ReadOrNull(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"The JSON value could not be converted to {typeof(CallQuality).FullName}.");
        }

        var quality = new CallQuality();
        int seen = 0;
        int expected = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int member = CallLegJsonConverter.NextMember(ref reader, Names, expected, out string? name);
            try
            {
                switch (member)
                {
                    case 0: quality.Mos = ReadNumber(ref reader); break;
                    case 1: quality.PacketLossRate = ReadNumber(ref reader); break;
                    case 2: quality.Jitter = ReadNumber(ref reader); break;
                    case 3: reader.Skip(); break; // ExtensionData, ignored by the contract
                    default: (quality.UnknownStore ??= new()).Add(name!, ref reader); break;
                }
            }
            catch (JsonException ex) when (ex is not MemberJsonException)
            {
                throw new MemberJsonException(ex.Message, CallLegJsonConverter.Written(name, Names, member), ex);
            }

            if (member is >= 0 and < 3)
            {
                seen = CallLegJsonConverter.Seen(seen, member, name, Names);
                expected = member + 1;
            }
        }

        return quality;
    }

    /// <summary>A number, a numeric string (the context reads numbers from strings too) or null.</summary>
    private static double? ReadNumber(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetDouble(out double number):
                return number;
            case JsonTokenType.String:
                Span<byte> text = stackalloc byte[128];
                long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                if (length <= text.Length)
                {
                    try
                    {
                        ReadOnlySpan<byte> value = text[..reader.CopyString(text)];
                        if (Utf8Parser.TryParse(value, out double parsed, out int used) && used == value.Length)
                        {
                            return parsed;
                        }
                    }
                    catch (InvalidOperationException)
                    {
                        // Escapes that are not valid UTF-16: not a number either.
                    }
                }

                break;
        }

        throw new JsonException("The JSON value could not be converted to System.Double.");
    }
}

/// <summary>An error about one member of an object read by hand; the parser appends <see cref="Member"/> to the path.</summary>
internal sealed class MemberJsonException(string message, string member, Exception? innerException = null) : JsonException(message, innerException)
{
    /// <summary>The member's name, or a dotted path of names below the object the serializer's path ends at.</summary>
    public string Member { get; } = member;
}
