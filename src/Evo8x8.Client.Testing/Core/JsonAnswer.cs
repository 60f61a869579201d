using System.Buffers;
using System.Text.Json;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.Core;

/// <summary>
/// Writes JSON by hand with <see cref="Utf8JsonWriter"/>: the emulator composes the wire format itself, key by
/// key, rather than serializing the SDK's models, so it cannot agree with the SDK by construction.
/// </summary>
internal static class JsonAnswer
{
    public static string Compose(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
        => WriteRawAsync(context, status, Compose(write));

    /// <summary>Writes 8x8's list answer: optional leading fields, the array of items, then <c>statusCode: 0, statusMessage: "ok"</c>.</summary>
    public static Task WriteOkListAsync<T>(HttpContext context, string arrayName, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem, Action<Utf8JsonWriter>? writeHead = null)
        => WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writeHead?.Invoke(writer);
            writer.WriteStartArray(arrayName);
            foreach (T item in items)
            {
                writer.WriteStartObject();
                writeItem(writer, item);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("statusCode", 0);
            writer.WriteString("statusMessage", "ok");
            writer.WriteEndObject();
        });

    public static async Task WriteRawAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
    }
}
