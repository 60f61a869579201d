using System.Globalization;
using Evo8x8.Client.Testing.Evo;
using NodaTime;

namespace Evo8x8.Client.Testing.Console;

/// <summary>
/// The emulator's console, as typed methods: what the page at <see cref="Address"/> shows (every call's timeline,
/// as <see cref="ConsoleEvent"/>s) and everything a developer can do there (be the callee, replay a webhook, inject a
/// fault, advance the clock, reset, export and import state), so a test can script what a person clicks. Each
/// method has its twin in the HTTP control API under <c>/console/api/</c>. Thread-safe.
/// </summary>
public sealed partial class EmulatorConsole
{
    private readonly Evo8x8Emulator _emulator;
    private readonly ConsoleParts _parts;

    internal EmulatorConsole(Evo8x8Emulator emulator, ConsoleParts parts)
    {
        _emulator = emulator;
        _parts = parts;
        parts.Journal.EvoSnapshot = EvoSessionsJson;
    }

    /// <summary>The console's page, for example <c>http://127.0.0.1:41234/console</c>; open it in a browser.</summary>
    public Uri Address => new(_emulator.BaseAddress, "console");

    /// <summary>Every event since the start (or the last reset), in order: calls, actions, webhooks, refusals, requests.</summary>
    public IReadOnlyList<ConsoleEvent> Events => _parts.Journal.Events;

    /// <summary>
    /// Whether every call without a destination rule of its own rings on the developer's phone
    /// (<see cref="CallRules.DefaultOutcome"/> is <see cref="CallOutcome.WaitForDeveloper"/>); setting it false makes
    /// such calls answered again, and leaves any other default outcome as it is.
    /// </summary>
    public bool TakesAllCalls
    {
        get => _emulator.Rules.DefaultOutcome == CallOutcome.WaitForDeveloper;
        set
        {
            if (value)
            {
                _emulator.Rules.DefaultOutcome = CallOutcome.WaitForDeveloper;
            }
            else if (TakesAllCalls)
            {
                _emulator.Rules.DefaultOutcome = CallOutcome.Answered;
            }
        }
    }

    /// <summary>The events of one 8x8 session, in order: its timeline.</summary>
    /// <param name="sessionId">The <c>sessionId</c> of the callflow answer.</param>
    /// <returns>The session's events; empty when it has none.</returns>
    public IReadOnlyList<ConsoleEvent> Timeline(string sessionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return [.. Events.Where(e => e.SessionId == sessionId)];
    }

    /// <summary>Waits for the first event that matches, already journaled or still to come.</summary>
    /// <param name="match">What the event must be, for example <c>e =&gt; e.Kind == ConsoleEventKind.Ringing</c>.</param>
    /// <param name="cancellationToken">Ends the wait; pass one with a timeout.</param>
    /// <returns>The event.</returns>
    public async Task<ConsoleEvent> WaitForEventAsync(Func<ConsoleEvent, bool> match, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        while (true)
        {
            long last = _parts.Journal.LastSequence;
            if (_parts.Journal.Events.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await _parts.Journal.NextAsync(last, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Makes calls to <paramref name="destination"/> ring on the developer's phone: the same as <c>Rules.ForDestination(destination, CallOutcome.WaitForDeveloper)</c>.</summary>
    /// <param name="destination">The number as the callflow gives it; a leading <c>+</c> is ignored.</param>
    public void TakeCallsTo(string destination)
    {
        _emulator.Rules.ForDestination(destination, CallOutcome.WaitForDeveloper);
        _parts.Journal.Add(ConsoleEventKind.Control, null, $"Calls to {destination} ring on the developer's phone");
    }

    /// <summary>Ends the ringing of a call on the developer's phone: answers, rejects, says busy or lets it ring out.</summary>
    /// <param name="sessionId">The ringing call's session.</param>
    /// <param name="response">What the developer does.</param>
    /// <exception cref="InvalidOperationException">No call of that session is ringing.</exception>
    public void Respond(string sessionId, CalleeResponse response)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        _parts.Phone.Respond(sessionId, response);
    }

    /// <summary>
    /// Presses keys on the developer's keypad for the <c>sayAndCapture</c> waiting on a call: <c>#</c> ends the input
    /// (unless the action set <c>completeOnHash</c> false), as does reaching <c>maxDigits</c>; otherwise the action's
    /// <c>digitTimeout</c> and <c>overallTimeout</c> end it, in real time (30 s when it sets none).
    /// </summary>
    /// <param name="sessionId">The call's session.</param>
    /// <param name="keys">Keys from <c>0123456789*#</c>, pressed in order.</param>
    /// <exception cref="InvalidOperationException">No <c>sayAndCapture</c> of that session waits for keys.</exception>
    /// <exception cref="ArgumentException">A key is not on the keypad.</exception>
    public void Press(string sessionId, string keys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        _parts.Phone.Press(sessionId, keys);
    }

    /// <summary>Hangs up a call on the developer's phone: the call ends <c>COMPLETED</c> and its session summary goes out.</summary>
    /// <param name="sessionId">The call's session.</param>
    /// <exception cref="InvalidOperationException">The session has no call on the developer's phone.</exception>
    public void HangUp(string sessionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        _parts.Phone.HangUp(sessionId);
    }

    /// <summary>
    /// Posts a webhook event again, <paramref name="copies"/> times, to the webhook now registered for its type, with
    /// the same body, to test an app's de-duplication; each post is a duplicate in <see cref="Evo8x8Emulator.Deliveries"/>.
    /// </summary>
    /// <param name="delivery">A delivery from <see cref="Evo8x8Emulator.Deliveries"/>.</param>
    /// <param name="copies">How many posts, 1 (a replay) or more (2: deliver twice).</param>
    /// <param name="cancellationToken">Cancels the posts.</param>
    /// <returns>The new posts, with the receiver's answers.</returns>
    public async Task<IReadOnlyList<EmulatedWebhookDelivery>> ReplayAsync(EmulatedWebhookDelivery delivery, int copies = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(copies, 10);
        _parts.Journal.Add(ConsoleEventKind.Control, string.IsNullOrEmpty(delivery.SessionId) ? null : delivery.SessionId, $"Replaying {delivery.WebhookType.Value} {delivery.EventType.Value} ×{copies.ToString(CultureInfo.InvariantCulture)}");
        return await _parts.Sender.ReplayAsync(delivery, copies, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Queues a fault for the next request of an operation, as <see cref="EmulatorFaults.Enqueue"/> does, and shows it in the console.</summary>
    /// <param name="route">The operation, for example <see cref="EmulatorRoute.SendCallflow"/>.</param>
    /// <param name="fault">The answer that replaces the operation's next one.</param>
    public void InjectFault(EmulatorRoute route, ScriptedFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _emulator.Faults.Enqueue(route, fault);
        _parts.Journal.Add(ConsoleEventKind.Control, null, $"Next {route} request: {fault}");
    }

    /// <summary>Moves the virtual clock forward, as <see cref="EmulatorClock.Advance"/> does, and shows it in the console.</summary>
    /// <param name="duration">How far; for example a day, to see a log export succeed or a <c>validUntil</c> pass.</param>
    public void AdvanceClock(Duration duration)
    {
        _emulator.Clock.Advance(duration);
        _parts.Journal.Add(ConsoleEventKind.Control, null, $"Clock advanced by {duration.ToString()} to {ConsoleJson.Format(_emulator.Clock.GetCurrentInstant())}");
    }

    /// <summary>
    /// Back to a fresh emulator: calls on the developer's phone hang up; requests, deliveries, diagnostics, webhooks,
    /// call and delivery rules, faults, recordings, Evo sessions and the console's events are forgotten; the clock
    /// loses every advance. Calls still playing finish on their own.
    /// </summary>
    public void Reset()
    {
        _parts.Phone.HangUpAll();
        _parts.Pipeline.Clear();
        _parts.Sender.Clear();
        _parts.Diagnostics.Clear();
        _parts.Webhooks.Clear();
        _parts.Recordings.Clear();
        _parts.EvoSessions.RemoveAll(_ => true);
        _emulator.Rules.Clear();
        _emulator.Rules.DefaultOutcome = CallOutcome.Answered;
        _emulator.Rules.DefaultDigits = ["1"];
        _emulator.Faults.Clear();
        _emulator.Delivery.Clear();
        _emulator.Clock.Reset();
        _parts.Journal.Clear("The emulator was reset");
    }

    /// <summary>A delivery by the number the console shows (from 1), or <see langword="null"/>.</summary>
    internal EmulatedWebhookDelivery? Delivery(int number) => _parts.Journal.Delivery(number);

    internal (IReadOnlyList<ConsoleEvent> Backlog, System.Threading.Channels.ChannelReader<ConsoleEvent> Live, IDisposable Handle) Subscribe(long after)
        => _parts.Journal.Subscribe(after);

    /// <summary>What the page's header shows: the clock, who takes calls, the operations a fault can target.</summary>
    internal string StatusJson()
        => ConsoleJson.Compose(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("clock", ConsoleJson.Format(_emulator.Clock.GetCurrentInstant()));
            writer.WriteString("baseAddress", _emulator.BaseAddress.ToString());
            writer.WriteString("subAccountId", _emulator.SubAccountId);
            writer.WriteBoolean("takesAllCalls", TakesAllCalls);
            writer.WriteStartArray("takenDestinations");
            foreach ((string destination, CallRule rule) in _emulator.Rules.Entries)
            {
                if (rule.Outcome == CallOutcome.WaitForDeveloper)
                {
                    writer.WriteStringValue("+" + destination);
                }
            }

            writer.WriteEndArray();
            writer.WriteStartArray("routes");
            foreach (string route in Enum.GetNames<EmulatorRoute>())
            {
                writer.WriteStringValue(route);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private string EvoSessionsJson()
        => ConsoleJson.Compose(writer =>
        {
            writer.WriteStartArray();
            _parts.EvoSessions.Read((sessions, _) =>
            {
                foreach (EvoSession session in sessions)
                {
                    SessionInfoJson.Write(writer, session, withLog: false);
                }

                return 0;
            });
            writer.WriteEndArray();
        });
}
