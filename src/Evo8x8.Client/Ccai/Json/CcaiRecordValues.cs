using System.Buffers.Text;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Ccai.Json;

/// <summary>
/// The values of a CCAI record as <see cref="SessionMetadataRecordReader"/> reads them: names matched in order, each
/// value through the contract's converters or read exactly as the contract would, and anything else thrown back to the
/// contract (<see cref="NotMine"/>).
/// </summary>
internal static class CcaiRecordValues
{
    public const int Unknown = -1;

    // Contract members this reader leaves to the serializer when they appear.
    public const int GiveUp = -2;

    public static readonly byte[][] Reserved = ["extensionData"u8.ToArray()];

    public static readonly WireValueJsonConverter<CcaiSessionType> SessionTypes = new();
    public static readonly WireValueJsonConverter<CcaiRecordingPermission> RecordingPermissions = new();
    public static readonly CcaiSessionStatusJsonConverter Statuses = new();
    public static readonly OffsetDateTimeJsonConverter Timestamps = new();
    public static readonly SecondsDurationJsonConverter Durations = new();
    public static readonly NumberOrStringJsonConverter NumbersOrText = new();
    public static readonly CcaiDispositionJsonConverter Dispositions = new();

    public static JsonSerializerOptions Options => CcaiJsonContext.Default.Options;

    /// <summary>The member the reader is on, <see cref="Unknown"/>, or <see cref="GiveUp"/>.</summary>
    public static int Find(ref Utf8JsonReader reader, byte[][] names, byte[][] reserved, int expected)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return GiveUp;
        }

        ReadOnlySpan<byte> name = reader.ValueSpan;
        for (int i = expected; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        for (int i = 0; i < expected; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        // The contract matches names in any case (and with Unicode's case folding), and owns a few names of its own:
        // leave anything that could be one of those to it.
        if (name.IsEmpty || name[0] == (byte)'$' || !System.Text.Ascii.IsValid(name))
        {
            return GiveUp;
        }

        foreach (byte[] known in names)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(name, known))
            {
                return GiveUp;
            }
        }

        // The names of the models' other properties ([JsonIgnore] and extension data): the contract drops such a member.
        foreach (byte[] other in reserved)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(name, other))
            {
                return GiveUp;
            }
        }

        return Unknown;
    }

    /// <summary>
    /// Moves to the next member's value and says which member it is (<see cref="Unknown"/>, with its name), or returns
    /// a value below <see cref="Unknown"/> at the end of the object.
    /// </summary>
    public static int NextMember(ref Utf8JsonReader reader, byte[][] names, byte[][] reserved, ref int expected, out string? unknown)
    {
        unknown = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            return int.MinValue;
        }

        int member = Find(ref reader, names, reserved, expected);
        switch (member)
        {
            case GiveUp:
                throw NotMine();
            case Unknown:
                unknown = reader.GetString();
                break;
            default:
                expected = member + 1;
                break;
        }

        return reader.Read() ? member : throw NotMine();
    }

    /// <summary>A value this reader leaves to the contract (caught in <see cref="SessionMetadataRecordReader.TryRead"/>).</summary>
    public static JsonException NotMine() => new("Read by the contract.");

    public static CcaiSessionType? ReadSessionType(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null : SessionTypes.Read(ref reader, typeof(CcaiSessionType), Options);

    public static OffsetDateTime? ReadTimestamp(ref Utf8JsonReader reader) => Timestamps.Read(ref reader, typeof(OffsetDateTime?), Options);

    public static Duration? ReadDuration(ref Utf8JsonReader reader) => Durations.Read(ref reader, typeof(Duration?), Options);

    public static T? Contract<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(ref reader, typeInfo);

    public static string? ReadText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw NotMine(),
    };

    public static bool? ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw NotMine(),
    };

    // A number, or (the contract reads numbers from strings) a string holding exactly one, or null.
    public static long? ReadInt64(ref Utf8JsonReader reader)
    {
        long number;
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetInt64(out number) => number,
            JsonTokenType.String when IsPlainText(ref reader) && Utf8Parser.TryParse(reader.ValueSpan, out number, out int used) && used == reader.ValueSpan.Length => number,
            _ => throw NotMine(),
        };
    }

    // The same text rules as a long (the contract's reader parses both with Utf8Parser), and the int's range.
    public static int? ReadInt32(ref Utf8JsonReader reader)
        => ReadInt64(ref reader) is not { } number ? null
            : number is >= int.MinValue and <= int.MaxValue ? (int)number
            : throw NotMine();

    public static bool IsPlainText(ref Utf8JsonReader reader) => !reader.ValueIsEscaped && !reader.HasValueSequence;
}
