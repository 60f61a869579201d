using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Reads text a model cannot do without (8x8's <c>jobId</c>): JSON <c>null</c> is refused as a
/// <see cref="JsonException"/>, so the answer gets a typed error instead of a model holding a null id.
/// </summary>
internal sealed class RequiredTextJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => true;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected a string but found {(reader.TokenType == JsonTokenType.Null ? "null" : reader.TokenType.ToString())}.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
