using System.Collections.Concurrent;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Samples.IvrApp;

/// <summary>What the app learnt about its calls: the keys pressed and each session's summary. Thread-safe.</summary>
public sealed class CallJournal
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<SessionSummaryEvent>> _summaries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _keys = new();

    /// <summary>The keys pressed, in order, across calls.</summary>
    public IReadOnlyList<string> KeysPressed => [.. _keys];

    public void Record(CallActionEvent callAction) => _keys.Enqueue(callAction.Payload.Dtmf ?? string.Empty);

    public void Record(SessionSummaryEvent summary)
    {
        if (summary.Payload.SessionId is { } sessionId)
        {
            Summary(sessionId).TrySetResult(summary);
        }
    }

    /// <summary>Waits for the summary of a session (8x8 may deliver it twice; the first one counts).</summary>
    public Task<SessionSummaryEvent> WaitForSummaryAsync(string sessionId, CancellationToken cancellationToken)
        => Summary(sessionId).Task.WaitAsync(cancellationToken);

    private TaskCompletionSource<SessionSummaryEvent> Summary(string sessionId)
        => _summaries.GetOrAdd(sessionId, _ => new TaskCompletionSource<SessionSummaryEvent>(TaskCreationOptions.RunContinuationsAsynchronously));
}
