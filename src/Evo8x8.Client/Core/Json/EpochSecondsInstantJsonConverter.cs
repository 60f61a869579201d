using System.Text.Json.Serialization;
using System.Text.Json;
using NodaTime;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Reads a Unix time in seconds (CCAI transcript <c>timestamp</c>), as a number or a numeric string, fractions kept;
/// writes whole seconds as a number, or the fraction when there is one.
/// </summary>
internal sealed class EpochSecondsInstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is not (JsonTokenType.Number or JsonTokenType.String))
        {
            throw new JsonException($"Expected Unix time in seconds but found {reader.TokenType}.");
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long seconds))
        {
            return Instant.FromUnixTimeSeconds(seconds);
        }

        decimal exact = reader.TokenType == JsonTokenType.Number
            ? reader.GetDecimal()
            : decimal.Parse(reader.GetString()!, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        return Instant.FromUnixTimeTicks((long)(exact * NodaConstants.TicksPerSecond));
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        long ticks = value.ToUnixTimeTicks();
        if (ticks % NodaConstants.TicksPerSecond == 0)
        {
            writer.WriteNumberValue(ticks / NodaConstants.TicksPerSecond);
        }
        else
        {
            writer.WriteNumberValue((decimal)ticks / NodaConstants.TicksPerSecond);
        }
    }
}
