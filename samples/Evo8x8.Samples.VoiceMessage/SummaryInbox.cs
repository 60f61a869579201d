using System.Collections.Concurrent;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Samples.VoiceMessage;

/// <summary>Hands each session summary the receiver gets to whoever waits for that session.</summary>
public sealed class SummaryInbox
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<SessionSummaryEvent>> _waiting = new(StringComparer.Ordinal);

    public void Deliver(SessionSummaryEvent summary)
        => Slot(summary.Payload.SessionId ?? string.Empty).TrySetResult(summary);

    public Task<SessionSummaryEvent> WaitAsync(string sessionId, CancellationToken cancellationToken)
        => Slot(sessionId).Task.WaitAsync(cancellationToken);

    private TaskCompletionSource<SessionSummaryEvent> Slot(string sessionId)
        => _waiting.GetOrAdd(sessionId, _ => new TaskCompletionSource<SessionSummaryEvent>(TaskCreationOptions.RunContinuationsAsynchronously));
}
