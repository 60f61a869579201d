using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Evo8x8.Client.Serialization;

/// <summary>
/// Reads an optional <see cref="Duration"/> given in seconds (CCAI's <c>call_duration</c>, 8x8's recording <c>duration</c>),
/// as a whole or fractional number or a numeric string; <c>null</c> and <c>""</c> mean "no value".
/// Writes whole seconds when the value has no fraction.
/// </summary>
internal sealed class SecondsDurationJsonConverter : JsonConverter<Duration?>
{
    public override bool HandleNull => true;

    public override Duration? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out long whole) ? Duration.FromSeconds(whole) : Duration.FromSeconds(reader.GetDouble());
            case JsonTokenType.String when reader.ValueTextEquals(""u8) || reader.ValueTextEquals("null"u8):
                return null;
            case JsonTokenType.String when !reader.HasValueSequence && !reader.ValueIsEscaped
                && Utf8Parser.TryParse(reader.ValueSpan, out double seconds, out int used) && used == reader.ValueSpan.Length:
                return Duration.FromSeconds(seconds);
            default:
                throw new JsonException($"Expected a number of seconds but found {reader.TokenType} '{Describe(ref reader)}'.");
        }
    }

    public override void Write(Utf8JsonWriter writer, Duration? value, JsonSerializerOptions options)
    {
        if (value is not { } duration)
        {
            writer.WriteNullValue();
        }
        else if (duration.SubsecondNanoseconds == 0)
        {
            writer.WriteNumberValue((long)duration.TotalSeconds);
        }
        else
        {
            writer.WriteNumberValue(duration.TotalSeconds);
        }
    }

    private static string Describe(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String ? reader.GetString()! : reader.TokenType.ToString();
}
