using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Testing.Console;

/// <summary>
/// The console's JSON, written by hand like the rest of the emulator's (no reflection). Numbers such as
/// <c>+6590000000</c> stay readable: the page shows every string with <c>textContent</c>, never as HTML.
/// </summary>
internal static class ConsoleJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Compose(Action<Utf8JsonWriter> write, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Indents a JSON text for reading; returns other text as it is.</summary>
    public static string Pretty(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            return Compose(document.RootElement.WriteTo, indented: true);
        }
        catch (JsonException)
        {
            return text;
        }
    }

    public static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static Instant? ParseInstant(string? text)
        => text is not null && InstantPattern.ExtendedIso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

    public static void WriteEvent(Utf8JsonWriter writer, ConsoleEvent entry)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence", entry.Sequence);
        writer.WriteString("kind", entry.Kind.ToString());
        writer.WriteString("at", Format(entry.At));
        WriteOptional(writer, "sessionId", entry.SessionId);
        WriteOptional(writer, "subAccountId", entry.SubAccountId);
        WriteOptional(writer, "destination", entry.Destination);
        writer.WriteString("summary", entry.Summary);
        WriteOptional(writer, "detail", entry.Detail);
        if (entry.DeliveryNumber is { } number)
        {
            writer.WriteNumber("deliveryNumber", number);
        }

        writer.WriteEndObject();
    }

    public static ConsoleEvent ReadEvent(JsonElement element, long sequence)
        => new(
            sequence,
            Enum.TryParse(Text(element, "kind"), ignoreCase: true, out ConsoleEventKind kind) ? kind : ConsoleEventKind.Control,
            ParseInstant(Text(element, "at")) ?? Instant.FromUnixTimeSeconds(0),
            Text(element, "sessionId"),
            Text(element, "subAccountId"),
            Text(element, "destination"),
            Text(element, "summary") ?? string.Empty,
            Text(element, "detail"));

    public static string? Text(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
