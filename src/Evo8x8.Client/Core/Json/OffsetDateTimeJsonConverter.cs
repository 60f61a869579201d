using System.Text.Json.Serialization;
using System.Text.Json;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Reads an optional <see cref="OffsetDateTime"/> (CCAI's <c>2023-09-11T09:42:01.000+03:00</c>, or <c>Z</c>),
/// keeping the offset the platform wrote; JSON <c>null</c>, <c>""</c> and <c>"null"</c> mean "no value".
/// Writes milliseconds and an explicit <c>+HH:mm</c> offset.
/// </summary>
internal sealed class OffsetDateTimeJsonConverter : JsonConverter<OffsetDateTime?>
{
    private static readonly OffsetDateTimePattern WirePattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffo<+HH:mm>");

    public override bool HandleNull => true;

    public override OffsetDateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (WireToken.IsNoValue(ref reader))
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a timestamp string but found {reader.TokenType}.");
        }

        // Read straight from the bytes when the text states its offset; DateTimeOffset keeps that offset.
        if (InstantJsonConverter.HasExplicitOffset(ref reader) && reader.TryGetDateTimeOffset(out DateTimeOffset fast))
        {
            return OffsetDateTime.FromDateTimeOffset(fast);
        }

        string text = reader.GetString()!;
        ParseResult<OffsetDateTime>? parsed = InstantJsonConverter.HasOffsetInNodaTimeRange(text) ? OffsetDateTimePattern.ExtendedIso.Parse(text) : null;
        return parsed is { Success: true }
            ? parsed.Value
            : throw new JsonException($"'{text}' is not an ISO-8601 timestamp with an offset of at most 18 hours.");
    }

    public override void Write(Utf8JsonWriter writer, OffsetDateTime? value, JsonSerializerOptions options)
    {
        if (value is { } timestamp)
        {
            writer.WriteStringValue(WirePattern.Format(timestamp));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
