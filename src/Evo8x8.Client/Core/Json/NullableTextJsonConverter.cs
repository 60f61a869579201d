using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Reads optional text that 8x8 does not send consistently: JSON <c>null</c> and the string <c>"null"</c> both
/// mean "no value", and a number is kept as its text (digits can arrive unquoted). A string with invalid UTF-8 or a
/// lone surrogate escape is kept as its raw text instead of failing, so that such an id (8x8's
/// <c>callFlowRequestId</c>) never makes a whole answer unreadable.
/// </summary>
internal sealed class NullableTextJsonConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String when reader.ValueTextEquals("null"u8) => null,
            JsonTokenType.String => ReadString(ref reader),
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

    /// <summary>The string at the reader, or its raw text when it cannot be unescaped; never throws for a string token.</summary>
    public static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 or a lone surrogate: the raw text is still what support needs to find the request.
            return reader.HasValueSequence
                ? Encoding.UTF8.GetString(reader.ValueSequence)
                : Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }
}
