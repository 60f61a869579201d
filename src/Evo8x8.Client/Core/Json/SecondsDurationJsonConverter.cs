using System.Buffers.Text;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;
using NodaTime;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Reads an optional <see cref="Duration"/> given in seconds (8x8's <c>callDuration</c> and recording
/// <c>duration</c>, CCAI's <c>call_duration</c>), as a whole or fractional number or a numeric string;
/// <c>null</c>, <c>""</c> and <c>"null"</c> mean "no value". Writes whole seconds when there is no fraction.
/// </summary>
internal sealed class SecondsDurationJsonConverter : JsonConverter<Duration?>
{
    public override bool HandleNull => true;

    public override Duration? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (WireToken.IsNoValue(ref reader))
        {
            return null;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt64(out long whole) && whole > -MaxSeconds && whole < MaxSeconds ? Duration.FromSeconds(whole) : FromSeconds(reader.GetDouble());
            case JsonTokenType.String when !reader.HasValueSequence && !reader.ValueIsEscaped
                && Utf8Parser.TryParse(reader.ValueSpan, out double seconds, out int used) && used == reader.ValueSpan.Length:
                return FromSeconds(seconds);
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

    // A second inside NodaTime's range: FromSeconds rounds a double to nanoseconds, which can step past the edge
    // (1449551462399.999 is below Duration.MaxValue.TotalSeconds yet throws). No real duration comes near it.
    private static readonly double MaxSeconds = Math.Floor(Duration.MaxValue.TotalSeconds) - 1;

    // NodaTime throws OverflowException past its range; a payload error must stay a JsonException.
    private static Duration FromSeconds(double seconds)
        => double.IsFinite(seconds) && seconds > -MaxSeconds && seconds < MaxSeconds
            ? Duration.FromSeconds(seconds)
            : throw new JsonException($"{seconds.ToString(CultureInfo.InvariantCulture)} seconds is not a duration.");

    private static string Describe(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String ? reader.GetString()! : reader.TokenType.ToString();
}
