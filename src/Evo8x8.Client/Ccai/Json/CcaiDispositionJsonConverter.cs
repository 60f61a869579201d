using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Ccai.Json;

/// <summary>
/// Reads a CCAI disposition written either as an object (<c>{"code": …, "notes": …}</c>) or as plain text, the form
/// of Google's own example ("Resolved; Customer needed …"); the text is kept whole, never refused. Writes it back in
/// the form it came in.
/// </summary>
internal sealed class CcaiDispositionJsonConverter : JsonConverter<CcaiDisposition?>
{
    public override bool HandleNull => true;

    public override CcaiDisposition? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => new CcaiDisposition { Text = reader.GetString() },
            JsonTokenType.StartObject => JsonSerializer.Deserialize(ref reader, ObjectTypeInfo(options)),
            _ => throw new JsonException($"Expected a disposition object or text but found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, CcaiDisposition? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (value.Text is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            JsonSerializer.Serialize(writer, value, ObjectTypeInfo(options));
        }
    }

    private static JsonTypeInfo<CcaiDisposition> ObjectTypeInfo(JsonSerializerOptions options)
        => (JsonTypeInfo<CcaiDisposition>)options.GetTypeInfo(typeof(CcaiDisposition));
}
