using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Writes JSON as the services (and people reading logs) expect it: <c>+6512345678</c>, not
/// <c>\u002B6512345678</c>. The default encoder escapes for HTML pages, which these bodies never are.
/// Callflows, call action replies and request bodies all go through here, so they escape identically.
/// </summary>
internal static class WireJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// A copy of a product context's options with the relaxed encoder: a context bound to it serializes through the
    /// serializer's pooled buffers and writers, so a body costs about what plain source-generated JSON does.
    /// </summary>
    public static JsonSerializerOptions Relaxed(JsonSerializerOptions options)
        => new(options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serializes with a product context's <c>Wire</c> contract (relaxed encoder) into a string.</summary>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
        => JsonSerializer.Serialize(value, typeInfo);

    /// <summary>Serializes with the source-generated contract into a buffer writer, for example a response body.</summary>
    public static void Write<T>(IBufferWriter<byte> destination, T value, JsonTypeInfo<T> typeInfo)
    {
        using var writer = new Utf8JsonWriter(destination, WriterOptions);
        JsonSerializer.Serialize(writer, value, typeInfo);
    }

}
