using System.Text.Json;
using System.Text.Json.Serialization;

namespace Evo8x8.Client.Serialization;

/// <summary>
/// Reads optional text that 8x8 does not send consistently: JSON <c>null</c> and the string <c>"null"</c> both
/// mean "no value", and a number is kept as its text (digits can arrive unquoted).
/// </summary>
internal sealed class NullableTextJsonConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String when reader.ValueTextEquals("null"u8) => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => WireToken.RawText(ref reader),
            _ => throw new JsonException($"Expected text but found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
