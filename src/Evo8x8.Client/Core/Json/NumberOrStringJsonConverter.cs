using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Reads an identifier that a service writes sometimes as a string and sometimes as a number (CCAI's
/// <c>out_ticket_id</c>, <c>agent_number</c>) as its text, and writes it back as a string.
/// </summary>
internal sealed class NumberOrStringJsonConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => WireToken.RawText(ref reader),
            _ => throw new JsonException($"Expected a string or a number but found {reader.TokenType}."),
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
