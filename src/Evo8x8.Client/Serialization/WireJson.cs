using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Evo8x8.Client.Serialization;

/// <summary>
/// Writes JSON as the services (and people reading logs) expect it: <c>+6512345678</c>, not
/// <c>\u002B6512345678</c>. The default encoder escapes for HTML pages, which these bodies never are.
/// Callflows, call action replies and request bodies all go through here, so they escape identically.
/// </summary>
internal static class WireJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The package's one context, a second instance bound to options with the relaxed encoder: serializing through
    /// it uses the serializer's pooled buffers and writers, so a body costs about what plain source-generated JSON does.
    /// </summary>
    public static Evo8x8JsonContext Context { get; } = new(new JsonSerializerOptions(Evo8x8JsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Serializes with the source-generated contract into a string.</summary>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
        => JsonSerializer.Serialize(value, Relaxed(typeInfo));

    /// <summary>Serializes with the source-generated contract into a buffer writer, for example a response body.</summary>
    public static void Write<T>(IBufferWriter<byte> destination, T value, JsonTypeInfo<T> typeInfo)
    {
        using var writer = new Utf8JsonWriter(destination, WriterOptions);
        JsonSerializer.Serialize(writer, value, Relaxed(typeInfo));
    }

    // Callers pass the default context's contract; the same contract bound to the relaxed options is looked up once
    // per type by the serializer's own cache.
    private static JsonTypeInfo<T> Relaxed<T>(JsonTypeInfo<T> typeInfo)
        => ReferenceEquals(typeInfo.Options, Context.Options) ? typeInfo : (JsonTypeInfo<T>)Context.Options.GetTypeInfo(typeof(T));
}
