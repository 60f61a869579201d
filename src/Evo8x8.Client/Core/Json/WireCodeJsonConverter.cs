using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Reads a numeric code written as a JSON number or as a numeric string (8x8 does both), and writes it as
/// a number. Unknown numbers are kept; text that is not a whole number is a <see cref="JsonException"/>.
/// </summary>
/// <typeparam name="T">The code type.</typeparam>
internal sealed class WireCodeJsonConverter<T> : JsonConverter<T>
    where T : struct, IWireCode<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int number))
        {
            return T.FromCode(number);
        }

        if (reader.TokenType == JsonTokenType.String
            && int.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed))
        {
            return T.FromCode(parsed);
        }

        throw new JsonException($"Expected a whole-number {typeof(T).Name} but found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteNumberValue(value.Code);
}
