using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Evo8x8.Client.Serialization;

/// <summary>
/// Reads an <see cref="Instant"/> from any ISO-8601 form the services send (with or without fractional
/// seconds, <c>Z</c> or an offset) and writes 8x8's form <c>YYYY-MM-DDTHH:MM:SS.SSSZ</c>.
/// </summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    /// <summary>8x8's documented wire form: UTC with exactly three fractional digits.</summary>
    internal static readonly InstantPattern WirePattern =
        InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'");

    private static readonly OffsetDateTimePattern OffsetPattern = OffsetDateTimePattern.ExtendedIso;

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ReadValue(ref reader);

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
        => writer.WriteStringValue(WirePattern.Format(value));

    /// <summary>Reads the current string token as an instant, with a message that quotes the bad text.</summary>
    internal static Instant ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a timestamp string but found {reader.TokenType}.");
        }

        // Fast path without a string: System.Text.Json parses ISO-8601 straight from the bytes. It is taken only
        // when the text states its offset, because a bare local time would be read in this machine's zone.
        if (HasExplicitOffset(ref reader) && reader.TryGetDateTimeOffset(out DateTimeOffset parsed))
        {
            return Instant.FromDateTimeOffset(parsed);
        }

        string text = reader.GetString()!;
        return TryParse(text, out Instant value)
            ? value
            : throw new JsonException($"'{text}' is not an ISO-8601 timestamp.");
    }

    /// <summary>True when the string token ends in <c>Z</c> or <c>±hh:mm</c>, escaped or not.</summary>
    internal static bool HasExplicitOffset(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return EndsWithOffset(reader.ValueSpan);
        }

        // An escaped token (a writer that escapes '+' as \u002B) is unescaped into a small buffer first.
        const int MaxTimestampBytes = 64;
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxTimestampBytes)
        {
            return false;
        }

        Span<byte> unescaped = stackalloc byte[MaxTimestampBytes];
        return EndsWithOffset(unescaped[..reader.CopyString(unescaped)]);
    }

    private static bool EndsWithOffset(ReadOnlySpan<byte> text)
        => text.Length > 6
            && (text[^1] == (byte)'Z' || (text[^3] == (byte)':' && text[^6] is (byte)'+' or (byte)'-'));

    /// <summary>Parses the ISO-8601 forms the services send; returns false instead of throwing.</summary>
    internal static bool TryParse(string text, out Instant value)
    {
        ParseResult<Instant> utc = InstantPattern.ExtendedIso.Parse(text);
        if (utc.Success)
        {
            value = utc.Value;
            return true;
        }

        ParseResult<OffsetDateTime> withOffset = OffsetPattern.Parse(text);
        value = withOffset.Success ? withOffset.Value.ToInstant() : default;
        return withOffset.Success;
    }
}
