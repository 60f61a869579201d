using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Evo8x8.Client.Serialization;

/// <summary>
/// Reads an optional <see cref="Duration"/> sent as seconds (8x8's <c>callDuration</c>): a number or a numeric
/// string, fractions kept; <c>null</c>, <c>""</c> and <c>"null"</c> mean "no value". Writes whole seconds.
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
                return reader.TryGetInt64(out long whole) ? Duration.FromSeconds(whole) : FromSeconds(reader.GetDouble());
            case JsonTokenType.String when reader.ValueTextEquals(""u8) || reader.ValueTextEquals("null"u8):
                return null;
            case JsonTokenType.String:
                string text = reader.GetString()!;
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
                    ? FromSeconds(seconds)
                    : throw new JsonException($"'{text}' is not a number of seconds.");
            default:
                throw new JsonException($"Expected a number of seconds but found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, Duration? value, JsonSerializerOptions options)
    {
        if (value is { } duration)
        {
            writer.WriteNumberValue((long)duration.TotalSeconds);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static Duration FromSeconds(double seconds)
        => double.IsFinite(seconds) && Math.Abs(seconds) < Duration.MaxValue.TotalSeconds
            ? Duration.FromSeconds(seconds)
            : throw new JsonException($"{seconds.ToString(CultureInfo.InvariantCulture)} seconds is not a duration.");
}
