using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Reads and writes an extensible vocabulary as a JSON string. Known values come back as the cached
/// statics without allocating; any other text is kept as it is, never thrown on. A number token is kept
/// by its text too, because the services are not consistent about quoting codes.
/// </summary>
/// <typeparam name="T">The vocabulary type.</typeparam>
internal sealed class WireValueJsonConverter<T> : JsonConverter<T>
    where T : struct, IWireValue<T>
{
    private static readonly (byte[] Utf8, T Value)[] KnownValues =
        [.. T.Known.Select(known => (Encoding.UTF8.GetBytes(known.WireText), known))];

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                foreach ((byte[] utf8, T value) in KnownValues)
                {
                    if (reader.ValueTextEquals(utf8))
                    {
                        return value;
                    }
                }

                return T.FromWire(reader.GetString()!);
            case JsonTokenType.Number:
                return T.FromWire(WireToken.RawText(ref reader));
            default:
                throw new JsonException($"Expected a {typeof(T).Name} string but found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.WireText);
}
