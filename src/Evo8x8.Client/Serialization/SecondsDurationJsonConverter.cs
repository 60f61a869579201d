using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Evo8x8.Client.Serialization;

/// <summary>
/// Reads a <see cref="Duration"/> from a number of seconds (whole or fractional, also as a string) and writes
/// it as whole seconds, for durations 8x8 reports in seconds.
/// </summary>
internal sealed class SecondsDurationJsonConverter : JsonConverter<Duration>
{
    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return Duration.FromSeconds(reader.GetDouble());
        }

        if (reader.TokenType == JsonTokenType.String
            && double.TryParse(reader.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double seconds))
        {
            return Duration.FromSeconds(seconds);
        }

        throw new JsonException($"Expected a number of seconds but found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options)
        => writer.WriteNumberValue((long)value.TotalSeconds);
}
