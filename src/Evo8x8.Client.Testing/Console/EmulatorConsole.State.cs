using System.Globalization;
using Evo8x8.Client.Testing.Voice;
using Evo8x8.Client.Voice.WebhookRegistrations;

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
                EmulatorStateJson.WriteDigits(writer, "defaultDigits", _emulator.Rules.DefaultDigits);
                writer.WriteStartArray("destinations");
                foreach ((string destination, CallRule rule) in _emulator.Rules.Entries)
                {
                    writer.WriteStartObject();
                    writer.WriteString("destination", destination);
                    writer.WriteString("outcome", rule.Outcome.ToString());
                    EmulatorStateJson.WriteDigits(writer, "digits", rule.Digits ?? []);
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
                    EmulatorStateJson.WriteFault(writer, route, fault);
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
        EmulatorStateJson.ImportedState state = EmulatorStateJson.ReadState(json);
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
}
