using System.Text.Json.Serialization;
using System.Text.Json;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Core.Json;

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

    private static readonly Instant MinFormattable = Instant.FromUtc(1, 1, 1, 0, 0);

    private static readonly Instant MaxFormattable = Instant.FromUtc(9999, 12, 31, 23, 59, 59) + Duration.FromMilliseconds(999);

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ReadValue(ref reader);

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
        => WriteValue(writer, value);

    /// <summary>Writes 8x8's form straight into the writer's UTF-8, without a string (callflows carry one per request).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, Instant value)
    {
        // Years 1 to 9999 are written digit by digit; anything outside goes through NodaTime's own pattern.
        if (value < MinFormattable || value > MaxFormattable)
        {
            writer.WriteStringValue(WirePattern.Format(value));
            return;
        }

        LocalDateTime utc = value.InUtc().LocalDateTime;
        Span<byte> text = stackalloc byte[24];
        Digits(text[..4], utc.Year);
        text[4] = (byte)'-';
        Digits(text[5..7], utc.Month);
        text[7] = (byte)'-';
        Digits(text[8..10], utc.Day);
        text[10] = (byte)'T';
        Digits(text[11..13], utc.Hour);
        text[13] = (byte)':';
        Digits(text[14..16], utc.Minute);
        text[16] = (byte)':';
        Digits(text[17..19], utc.Second);
        text[19] = (byte)'.';
        Digits(text[20..23], utc.Millisecond);
        text[23] = (byte)'Z';
        writer.WriteStringValue(text);
    }

    private static void Digits(Span<byte> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Reads the current string token as an instant, with a message that quotes the bad text.</summary>
    internal static Instant ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a timestamp string but found {reader.TokenType}.");
        }

        // Fastest path: the form 8x8 and Evo write (2024-03-25T06:01:30Z, fraction and offset optional), read digit
        // by digit from the bytes. Anything else, or anything out of its range, takes the general paths below.
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryReadIso(reader.ValueSpan, out Instant iso))
        {
            return iso;
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

    /// <summary>
    /// Reads <c>uuuu-MM-ddTHH:mm:ss</c>, an optional fraction of 1 to 7 digits, then <c>Z</c> or an offset of at most
    /// 14 hours (<c>+hh:mm</c>), for years 0002 to 9998: exactly what the DateTimeOffset path accepts in that form,
    /// with the same result, and nothing else (false sends the text to the general paths).
    /// </summary>
    internal static bool TryReadIso(ReadOnlySpan<byte> text, out Instant value)
    {
        value = default;
        if (text.Length < 20 || text[4] != (byte)'-' || text[7] != (byte)'-' || text[10] != (byte)'T' || text[13] != (byte)':' || text[16] != (byte)':'
            || !TryDigits(text[..4], out int year) || !TryDigits(text.Slice(5, 2), out int month) || !TryDigits(text.Slice(8, 2), out int day)
            || !TryDigits(text.Slice(11, 2), out int hour) || !TryDigits(text.Slice(14, 2), out int minute) || !TryDigits(text.Slice(17, 2), out int second)
            || year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        long fractionTicks = 0;
        int at = 19;
        if (text[at] == (byte)'.')
        {
            int digits = 0;
            while (++at < text.Length && char.IsAsciiDigit((char)text[at]))
            {
                if (++digits > 7)
                {
                    return false;
                }

                fractionTicks = (fractionTicks * 10) + (text[at] - '0');
            }

            if (digits == 0)
            {
                return false;
            }

            for (int scale = digits; scale < 7; scale++)
            {
                fractionTicks *= 10;
            }
        }

        long offsetTicks;
        ReadOnlySpan<byte> zone = text[at..];
        if (zone.Length == 1 && zone[0] == (byte)'Z')
        {
            offsetTicks = 0;
        }
        else if (zone.Length == 6 && zone[0] is (byte)'+' or (byte)'-' && zone[3] == (byte)':'
            && TryDigits(zone.Slice(1, 2), out int offsetHours) && TryDigits(zone.Slice(4, 2), out int offsetMinutes)
            && offsetMinutes <= 59 && (offsetHours * 60) + offsetMinutes <= 14 * 60)
        {
            offsetTicks = (zone[0] == (byte)'-' ? -1 : 1) * (((offsetHours * 60L) + offsetMinutes) * TimeSpan.TicksPerMinute);
        }
        else
        {
            return false;
        }

        long ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fractionTicks - offsetTicks;
        value = Instant.FromUnixTimeTicks(ticks - DateTime.UnixEpoch.Ticks);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (byte digit in digits)
        {
            uint d = (uint)(digit - '0');
            if (d > 9)
            {
                return false;
            }

            value = (value * 10) + (int)d;
        }

        return true;
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

    // DateTimeOffset holds offsets up to 14 hours and years 1 to 9999 in UTC; the fast path is taken only where both
    // hold, so that System.Text.Json never throws on an odd but well-formed date (+21:00, 9999-12-31T23:59:59-14:00).
    private static bool EndsWithOffset(ReadOnlySpan<byte> text)
        => text.Length > 6
            && !text.StartsWith("9999"u8) && !text.StartsWith("0001"u8)
            && (text[^1] == (byte)'Z'
                || (text[^3] == (byte)':' && text[^6] is (byte)'+' or (byte)'-'
                    && (text[^5] == (byte)'0' || (text[^5] == (byte)'1' && text[^4] <= (byte)'4'))));

    /// <summary>Parses the ISO-8601 forms the services send; returns false instead of throwing.</summary>
    internal static bool TryParse(string text, out Instant value)
    {
        value = default;
        if (!HasOffsetInNodaTimeRange(text))
        {
            return false;
        }

        ParseResult<Instant> utc = InstantPattern.ExtendedIso.Parse(text);
        if (utc.Success)
        {
            value = utc.Value;
            return true;
        }

        ParseResult<OffsetDateTime> withOffset = OffsetPattern.Parse(text);
        value = default;
        return withOffset.Success && TryToInstant(withOffset.Value, out value);
    }

    /// <summary>
    /// False when the text ends in an offset beyond NodaTime's ±18 hours (<c>+21:00</c>), which NodaTime's parser
    /// rejects with an exception instead of a failed result.
    /// </summary>
    internal static bool HasOffsetInNodaTimeRange(ReadOnlySpan<char> text)
    {
        int time = text.IndexOf('T');
        if (time < 0)
        {
            return true;
        }

        // Every sign after the time, not only the last: in "+20:00-" the stray '-' hides the offset NodaTime would
        // still read (and throw on, untyped) from the ISO pattern's lenient path.
        ReadOnlySpan<char> rest = text[time..];
        for (int sign = rest.IndexOfAny('+', '-'); sign >= 0; sign = rest.IndexOfAny('+', '-'))
        {
            ReadOnlySpan<char> offset = rest[(sign + 1)..];
            rest = offset;
            if (offset.Length < 2 || !char.IsAsciiDigit(offset[0]) || !char.IsAsciiDigit(offset[1]))
            {
                continue;
            }

            int hours = ((offset[0] - '0') * 10) + (offset[1] - '0');
            ReadOnlySpan<char> minutes = offset[2..].TrimStart(':');
            int end = minutes.IndexOfAny('+', '-');
            minutes = end < 0 ? minutes : minutes[..end];
            if (hours > 18 || (hours == 18 && minutes.ContainsAnyInRange('1', '9')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The instant of a local time and offset, or false when it falls outside NodaTime's range (year 9999 at -14:00).</summary>
    internal static bool TryToInstant(OffsetDateTime timestamp, out Instant value)
    {
        Instant local = timestamp.LocalDateTime.InUtc().ToInstant();
        Duration offset = Duration.FromSeconds(timestamp.Offset.Seconds);
        bool fits = offset >= Duration.Zero ? local - Instant.MinValue >= offset : Instant.MaxValue - local >= -offset;
        value = fits ? local - offset : default;
        return fits;
    }
}
