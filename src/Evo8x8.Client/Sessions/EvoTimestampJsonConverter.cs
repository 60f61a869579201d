using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Evo8x8.Client.Sessions;

/// <summary>
/// Reads an Evo date string into an <see cref="EvoTimestamp"/> without ever failing on its text; JSON <c>null</c>,
/// an empty string and the string <c>"null"</c> mean "no date". A number is kept by its text.
/// </summary>
internal sealed class EvoTimestampJsonConverter : JsonConverter<EvoTimestamp?>
{
    public override bool HandleNull => true;

    public override EvoTimestamp? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                string text = reader.GetString()!;
                return text.Length == 0 || text == "null" ? null : new EvoTimestamp(text);
            case JsonTokenType.Number:
                return new EvoTimestamp(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan));
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
