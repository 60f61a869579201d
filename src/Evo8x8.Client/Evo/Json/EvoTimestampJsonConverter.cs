using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo.Json;

/// <summary>
/// Reads an Evo date string into an <see cref="EvoTimestamp"/> without ever failing on its text; JSON <c>null</c>,
/// an empty string and the string <c>"null"</c> mean "no date". A number is kept by its text.
/// </summary>
internal sealed class EvoTimestampJsonConverter : JsonConverter<EvoTimestamp?>
{
    public override bool HandleNull => true;

    public override EvoTimestamp? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (WireToken.IsNoValue(ref reader))
        {
            return null;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new EvoTimestamp(reader.GetString()!);
            case JsonTokenType.Number:
                return new EvoTimestamp(WireToken.RawText(ref reader));
            default:
                throw new JsonException($"Expected a date string but found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, EvoTimestamp? value, JsonSerializerOptions options)
    {
        if (value is { } timestamp)
        {
            writer.WriteStringValue(timestamp.Raw);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
