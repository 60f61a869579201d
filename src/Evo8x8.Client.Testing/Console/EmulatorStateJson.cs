using System.Text.Json;
using Evo8x8.Client.Testing.Voice;
using Evo8x8.Client.Voice.WebhookRegistrations;

namespace Evo8x8.Client.Testing.Console;

/// <summary>The JSON of an exported emulator state and of a scripted fault (the control API's body too).</summary>
/// <remarks>Writes the parts of <see cref="EmulatorConsole.ExportState"/>; reads a whole state back before anything is changed.</remarks>
internal static class EmulatorStateJson
{
    /// <summary>Writes a fault as <see cref="ReadFault"/> reads it.</summary>
    public static void WriteFault(Utf8JsonWriter writer, EmulatorRoute route, ScriptedFault fault)
    {
        writer.WriteStartObject();
        writer.WriteString("route", route.ToString());
        writer.WriteNumber("status", fault.HttpStatus);
        writer.WriteString("body", fault.Body);
        writer.WriteString("contentType", fault.ContentType);
        writer.WriteNumber("delayMs", fault.Delay.TotalMilliseconds);
        if (fault.RetryAfter is { } retryAfter)
        {
            writer.WriteNumber("retryAfterSeconds", retryAfter.TotalSeconds);
        }

        writer.WriteBoolean("dropConnection", fault.DropsConnection);
        writer.WriteEndObject();
    }

    /// <summary>Reads a fault as <see cref="WriteFault"/> writes it (the control API's body too).</summary>
    public static (EmulatorRoute Route, ScriptedFault Fault) ReadFault(JsonElement element)
    {
        string routeName = ConsoleJson.Text(element, "route") ?? throw new FormatException("A fault needs its \"route\", for example \"SendCallflow\".");
        if (!Enum.TryParse(routeName, ignoreCase: true, out EmulatorRoute route) || int.TryParse(routeName, out _))
        {
            throw new FormatException($"\"{routeName}\" is not an operation; use one of {string.Join(", ", Enum.GetNames<EmulatorRoute>())}.");
        }

        ScriptedFault fault;
        if (element.TryGetProperty("dropConnection", out JsonElement drop) && drop.ValueKind == JsonValueKind.True)
        {
            fault = ScriptedFault.DropConnection();
        }
        else
        {
            int status = element.TryGetProperty("status", out JsonElement statusValue) && statusValue.TryGetInt32(out int number) ? number : 503;
            if (status is < 100 or > 599)
            {
                throw new FormatException($"{status.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not an HTTP status.");
            }

            fault = ScriptedFault.Status(status, ConsoleJson.Text(element, "body") ?? string.Empty);
            if (ConsoleJson.Text(element, "contentType") is { Length: > 0 } contentType)
            {
                fault = fault with { ContentType = contentType };
            }
        }

        if (element.TryGetProperty("delayMs", out JsonElement delay) && delay.TryGetDouble(out double delayMs) && delayMs > 0)
        {
            fault = fault with { Delay = NodaTime.Duration.FromMilliseconds(delayMs) };
        }

        if (element.TryGetProperty("retryAfterSeconds", out JsonElement retry) && retry.TryGetDouble(out double retrySeconds))
        {
            fault = fault with { RetryAfter = NodaTime.Duration.FromSeconds(retrySeconds) };
        }

        return (route, fault);
    }

    public static void WriteDigits(Utf8JsonWriter writer, string name, IReadOnlyList<string> digits)
    {
        writer.WriteStartArray(name);
        foreach (string digit in digits)
        {
            writer.WriteStringValue(digit);
        }

        writer.WriteEndArray();
    }

    public static ImportedState ReadState(string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (ConsoleJson.Text(root, "format") != EmulatorConsole.StateFormat)
            {
                throw new FormatException($"This is not an exported emulator state: its \"format\" is not \"{EmulatorConsole.StateFormat}\".");
            }

            NodaTime.Instant clock = ConsoleJson.ParseInstant(ConsoleJson.Text(root, "clock")) ?? throw new FormatException("\"clock\" must be an ISO 8601 instant.");
            var webhooks = new List<(string, Uri, bool, bool)>();
            foreach (JsonElement webhook in Array(root, "webhooks"))
            {
                string type = ConsoleJson.Text(webhook, "type") ?? string.Empty;
                if (!WebhookRegistry.Types.Contains(type, StringComparer.Ordinal) || !Uri.TryCreate(ConsoleJson.Text(webhook, "url"), UriKind.Absolute, out Uri? url))
                {
                    throw new FormatException($"A webhook needs a \"type\" ({string.Join(", ", WebhookRegistry.Types)}) and an absolute \"url\".");
                }

                webhooks.Add((type, url, !webhook.TryGetProperty("enabled", out JsonElement enabled) || enabled.ValueKind != JsonValueKind.False, webhook.TryGetProperty("authorizationSet", out JsonElement set) && set.ValueKind == JsonValueKind.True));
            }

            JsonElement rules = root.TryGetProperty("rules", out JsonElement r) ? r : default;
            var destinations = new List<(string, CallOutcome, string[])>();
            foreach (JsonElement rule in Array(rules, "destinations"))
            {
                destinations.Add((ConsoleJson.Text(rule, "destination") ?? throw new FormatException("A rule needs its \"destination\"."), Outcome(ConsoleJson.Text(rule, "outcome")), Digits(rule, "digits")));
            }

            var delivery = new List<(WebhookType, int, int)>();
            foreach (JsonElement entry in Array(root, "delivery"))
            {
                int copies = entry.TryGetProperty("copies", out JsonElement c) && c.TryGetInt32(out int copyCount) && copyCount >= 1 ? copyCount : 1;
                int redeliveries = entry.TryGetProperty("redeliveries", out JsonElement d) && d.TryGetInt32(out int redeliveryCount) && redeliveryCount >= 0 ? redeliveryCount : 0;
                delivery.Add((new WebhookType(ConsoleJson.Text(entry, "type") ?? throw new FormatException("A delivery rule needs its \"type\".")), copies, redeliveries));
            }

            var faults = Array(root, "faults").Select(ReadFault).ToList();
            long sequence = 0;
            var events = Array(root, "events").Select(e => ConsoleJson.ReadEvent(e, ++sequence)).ToList();
            string[] defaultDigits = Digits(rules, "defaultDigits");
            return new ImportedState(clock, webhooks, Outcome(ConsoleJson.Text(rules, "defaultOutcome")), defaultDigits.Length == 0 ? ["1"] : defaultDigits, destinations, delivery, faults, events);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The state is not valid JSON: {exception.Message}", exception);
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToList() : [];

    private static string[] Digits(JsonElement element, string name)
        => [.. Array(element, name).Where(d => d.ValueKind == JsonValueKind.String).Select(d => d.GetString()!)];

    private static CallOutcome Outcome(string? text)
        => text is null ? CallOutcome.Answered
            : Enum.TryParse(text, ignoreCase: true, out CallOutcome outcome) && !int.TryParse(text, out _) ? outcome
            : throw new FormatException($"\"{text}\" is not a call outcome; use one of {string.Join(", ", Enum.GetNames<CallOutcome>())}.");

    /// <summary>A state as read, before anything is changed.</summary>
    public sealed record ImportedState(
        NodaTime.Instant Clock,
        IReadOnlyList<(string Type, Uri Url, bool Enabled, bool AuthorizationSet)> Webhooks,
        CallOutcome DefaultOutcome,
        IReadOnlyList<string> DefaultDigits,
        IReadOnlyList<(string Destination, CallOutcome Outcome, string[] Digits)> Destinations,
        IReadOnlyList<(WebhookType Type, int Copies, int Redeliveries)> Delivery,
        IReadOnlyList<(EmulatorRoute Route, ScriptedFault Fault)> Faults,
        IReadOnlyList<ConsoleEvent> Events);
}
