using System.Collections.Concurrent;
using System.Threading.Channels;
using NodaTime;

namespace Evo8x8.Client.Testing.Console;

/// <summary>
/// What the console shows, as it happens: the emulator's parts report calls, actions, webhooks, refusals and
/// requests here; the journal masks secrets, numbers the events and pushes each to every open event stream.
/// Thread-safe.
/// </summary>
internal sealed partial class ConsoleJournal(IClock clock, SecretMask mask)
{
    private readonly object _gate = new();
    private readonly List<ConsoleEvent> _events = [];
    private readonly List<EmulatedWebhookDelivery> _deliveries = [];
    private readonly List<Channel<ConsoleEvent>> _subscribers = [];
    private readonly ConcurrentDictionary<string, (string SubAccountId, string Destination)> _sessions = new(StringComparer.Ordinal);

    // A simulated call runs on its own timeline, ahead of the clock; its events without a time of their own take its latest.
    private readonly ConcurrentDictionary<string, Instant> _sessionTimes = new(StringComparer.Ordinal);
    private readonly List<TaskCompletionSource> _waiters = [];
    private long _sequence;

    public SecretMask Mask => mask;

    /// <summary>Lists the Evo sessions as JSON, for <see cref="ConsoleEventKind.EvoSessions"/> events.</summary>
    public Func<string>? EvoSnapshot { get; set; }

    public IReadOnlyList<ConsoleEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public EmulatedWebhookDelivery? Delivery(int number)
    {
        lock (_gate)
        {
            return number >= 1 && number <= _deliveries.Count ? _deliveries[number - 1] : null;
        }
    }

    /// <summary>The events after <paramref name="after"/> and a reader of every later one; dispose the handle to stop.</summary>
    public (IReadOnlyList<ConsoleEvent> Backlog, ChannelReader<ConsoleEvent> Live, IDisposable Handle) Subscribe(long after)
    {
        var channel = Channel.CreateUnbounded<ConsoleEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
            return ([.. _events.Where(e => e.Sequence > after)], channel.Reader, new Unsubscriber(this, channel));
        }
    }

    /// <summary>Completes when an event is added (or at once if one was added since <paramref name="seen"/>).</summary>
    public Task NextAsync(long seen, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (Interlocked.Read(ref _sequence) > seen)
            {
                return Task.CompletedTask;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add(waiter);
            return waiter.Task.WaitAsync(cancellationToken);
        }
    }

    public long LastSequence => Interlocked.Read(ref _sequence);

    public ConsoleEvent Add(ConsoleEventKind kind, string? sessionId, string summary, string? detail = null, Instant? at = null, int? deliveryNumber = null)
    {
        (string SubAccountId, string Destination) call = sessionId is not null && _sessions.TryGetValue(sessionId, out var known) ? known : default;
        Instant when = at ?? clock.GetCurrentInstant();
        if (sessionId is not null)
        {
            if (at is { } own)
            {
                _sessionTimes.AddOrUpdate(sessionId, own, (_, latest) => own > latest ? own : latest);
            }
            else if (_sessionTimes.TryGetValue(sessionId, out Instant latest) && latest > when)
            {
                when = latest;
            }
        }

        lock (_gate)
        {
            var entry = new ConsoleEvent(
                ++_sequence,
                kind,
                when,
                sessionId,
                call.SubAccountId,
                call.Destination,
                mask.Text(summary),
                detail is null ? null : mask.Json(detail),
                deliveryNumber);
            _events.Add(entry);
            Publish(entry);
            return entry;
        }
    }

    /// <summary>Forgets every event and delivery and tells every open stream to start again; the numbering goes on.</summary>
    public void Clear(string why)
    {
        lock (_gate)
        {
            _events.Clear();
            _deliveries.Clear();
        }

        _sessions.Clear();
        _sessionTimes.Clear();
        Add(ConsoleEventKind.Reset, null, why);
    }

    /// <summary>Adds events read from an exported state, renumbered after the current ones.</summary>
    public void Import(IEnumerable<ConsoleEvent> events)
    {
        foreach (ConsoleEvent imported in events)
        {
            if (imported.SessionId is { } id && imported.Kind == ConsoleEventKind.CallStarted)
            {
                _sessions[id] = (imported.SubAccountId ?? string.Empty, imported.Destination ?? string.Empty);
            }

            Add(imported.Kind, imported.SessionId, imported.Summary, imported.Detail, imported.At);
        }
    }

    private void Publish(ConsoleEvent entry)
    {
        foreach (Channel<ConsoleEvent> subscriber in _subscribers)
        {
            subscriber.Writer.TryWrite(entry);
        }

        foreach (TaskCompletionSource waiter in _waiters)
        {
            waiter.TrySetResult();
        }

        _waiters.Clear();
    }

    private sealed class Unsubscriber(ConsoleJournal journal, Channel<ConsoleEvent> channel) : IDisposable
    {
        public void Dispose()
        {
            lock (journal._gate)
            {
                journal._subscribers.Remove(channel);
            }

            channel.Writer.TryComplete();
        }
    }
}
