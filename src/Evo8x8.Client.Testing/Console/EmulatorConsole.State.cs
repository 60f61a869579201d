using System.Globalization;
using System.Text.Json;
using Evo8x8.Client.Testing.Voice;
using Evo8x8.Client.Voice.WebhookRegistrations;
using NodaTime;

namespace Evo8x8.Client.Testing.Console;

public sealed partial class EmulatorConsole
{
    /// <summary>The <c>format</c> of an exported state; <see cref="ImportState"/> refuses any other.</summary>
    public const string StateFormat = "evo8x8-emulator-state/1";

    /// <summary>
    /// The emulator's state as JSON, to attach to a bug report and load elsewhere with <see cref="ImportState"/>: the
    /// clock, the registered webhooks (their <c>Authorization</c> values left out), call rules, delivery rules, faults
    /// still waiting, and the console's events (secrets already masked). Requests and deliveries stay as they are.
    /// </summary>
    /// <returns>The state, indented.</returns>
    public string ExportState()
        => ConsoleJson.Compose(
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("format", StateFormat);
                writer.WriteString("clock", ConsoleJson.Format(_emulator.Clock.GetCurrentInstant()));
                writer.WriteStartArray("webhooks");
                foreach (RegisteredWebhook webhook in _parts.Webhooks.All)
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", webhook.Type);
                    writer.WriteString("url", webhook.Url.ToString());
                    writer.WriteBoolean("enabled", webhook.Enabled);
                    writer.WriteBoolean("authorizationSet", !string.IsNullOrEmpty(webhook.Authorization));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartObject("rules");
                writer.WriteString("defaultOutcome", _emulator.Rules.DefaultOutcome.ToString());
                WriteDigits(writer, "defaultDigits", _emulator.Rules.DefaultDigits);
                writer.WriteStartArray("destinations");
                foreach ((string destination, CallRule rule) in _emulator.Rules.Entries)
                {
                    writer.WriteStartObject();
                    writer.WriteString("destination", destination);
                    writer.WriteString("outcome", rule.Outcome.ToString());
                    WriteDigits(writer, "digits", rule.Digits ?? []);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteStartArray("delivery");
                foreach ((WebhookType type, int copies, int redeliveries) in _emulator.Delivery.Entries)
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", type.Value);
                    writer.WriteNumber("copies", copies);
                    writer.WriteNumber("redeliveries", redeliveries);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("faults");
                foreach ((EmulatorRoute route, ScriptedFault fault) in _emulator.Faults.Entries)
                {
                    WriteFault(writer, route, fault);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("events");
                foreach (ConsoleEvent entry in Events.Where(e => e.Kind != ConsoleEventKind.Reset))
                {
                    ConsoleJson.WriteEvent(writer, entry);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            },
            indented: true);

    /// <summary>
    /// Loads a state written by <see cref="ExportState"/>: the clock moves to its time, and webhooks, call rules,
    /// delivery rules, faults and the console's events are replaced by its own. A webhook whose <c>Authorization</c>
    /// was set keeps the value registered here for the same type, if any (exports carry no secret).
    /// </summary>
    /// <param name="json">The exported state.</param>
    /// <exception cref="FormatException">The text is not an exported state; nothing was changed.</exception>
    public void ImportState(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ImportedState state = ReadState(json);
        Dictionary<string, string?> authorizations = _parts.Webhooks.All.ToDictionary(w => w.Type, w => w.Authorization, StringComparer.Ordinal);
        _emulator.Clock.Advance(state.Clock - _emulator.Clock.GetCurrentInstant());
        _parts.Webhooks.Clear();
        foreach ((string type, Uri url, bool enabled, bool authorizationSet) in state.Webhooks)
        {
            _parts.Webhooks.Put(new RegisteredWebhook(type, url, authorizationSet ? authorizations.GetValueOrDefault(type) : null, enabled));
        }

        _emulator.Rules.Clear();
        _emulator.Rules.DefaultOutcome = state.DefaultOutcome;
        _emulator.Rules.DefaultDigits = state.DefaultDigits;
        foreach ((string destination, CallOutcome outcome, string[] digits) in state.Destinations)
        {
            _emulator.Rules.ForDestination(destination, outcome, digits);
        }

        _emulator.Delivery.Clear();
        foreach ((WebhookType type, int copies, int redeliveries) in state.Delivery)
        {
            _emulator.Delivery.Duplicate(type, copies).RedeliverOnFailure(type, redeliveries);
        }

        _emulator.Faults.Clear();
        foreach ((EmulatorRoute route, ScriptedFault fault) in state.Faults)
        {
            _emulator.Faults.Enqueue(route, fault);
        }

        _parts.Journal.Clear($"State imported ({state.Events.Count.ToString(CultureInfo.InvariantCulture)} events, clock {ConsoleJson.Format(state.Clock)})");
        _parts.Journal.Import(state.Events);
    }

    internal static void WriteFault(Utf8JsonWriter writer, EmulatorRoute route, ScriptedFault fault)
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
    internal static (EmulatorRoute Route, ScriptedFault Fault) ReadFault(JsonElement element)
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
                throw new FormatException($"{status.ToString(CultureInfo.InvariantCulture)} is not an HTTP status.");
            }

            fault = ScriptedFault.Status(status, ConsoleJson.Text(element, "body") ?? string.Empty);
            if (ConsoleJson.Text(element, "contentType") is { Length: > 0 } contentType)
            {
                fault = fault with { ContentType = contentType };
            }
        }

        if (element.TryGetProperty("delayMs", out JsonElement delay) && delay.TryGetDouble(out double delayMs) && delayMs > 0)
        {
            fault = fault with { Delay = Duration.FromMilliseconds(delayMs) };
        }

        if (element.TryGetProperty("retryAfterSeconds", out JsonElement retry) && retry.TryGetDouble(out double retrySeconds))
        {
            fault = fault with { RetryAfter = Duration.FromSeconds(retrySeconds) };
        }

        return (route, fault);
    }

    private static void WriteDigits(Utf8JsonWriter writer, string name, IReadOnlyList<string> digits)
    {
        writer.WriteStartArray(name);
        foreach (string digit in digits)
        {
            writer.WriteStringValue(digit);
        }

        writer.WriteEndArray();
    }

    private static ImportedState ReadState(string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (ConsoleJson.Text(root, "format") != StateFormat)
            {
                throw new FormatException($"This is not an exported emulator state: its \"format\" is not \"{StateFormat}\".");
            }

            Instant clock = ConsoleJson.ParseInstant(ConsoleJson.Text(root, "clock")) ?? throw new FormatException("\"clock\" must be an ISO 8601 instant.");
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

    private sealed record ImportedState(
        Instant Clock,
        IReadOnlyList<(string Type, Uri Url, bool Enabled, bool AuthorizationSet)> Webhooks,
        CallOutcome DefaultOutcome,
        IReadOnlyList<string> DefaultDigits,
        IReadOnlyList<(string Destination, CallOutcome Outcome, string[] Digits)> Destinations,
        IReadOnlyList<(WebhookType Type, int Copies, int Redeliveries)> Delivery,
        IReadOnlyList<(EmulatorRoute Route, ScriptedFault Fault)> Faults,
        IReadOnlyList<ConsoleEvent> Events);
}
