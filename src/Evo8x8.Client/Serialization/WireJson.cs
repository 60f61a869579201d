using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Evo8x8.Client.Serialization;

/// <summary>
/// Writes JSON as the services (and people reading logs) expect it: <c>+6512345678</c>, not
/// <c>\u002B6512345678</c>. The default encoder escapes for HTML pages, which these bodies never are.
/// </summary>
internal static class WireJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serializes with the source-generated contract into UTF-8 bytes.</summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Serializes with the source-generated contract into a string.</summary>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
        => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(value, typeInfo));
}
