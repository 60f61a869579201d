using System.Collections.Concurrent;
using NodaTime;

namespace Evo8x8.Client.Testing.Voice.Calls;

/// <summary>
/// Runs each accepted callflow in the background and lets tests await a session's summary. Sessions run
/// concurrently and independently; stopping cancels the ones still delivering.
/// </summary>
internal sealed class CallSimulator(SimulationContext context)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<EmulatedWebhookDelivery>> _summaries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Starts playing a session; its summary completes <see cref="WaitForSummaryAsync"/>.</summary>
    public void Start(string sessionId, InspectedCallflow flow, Instant acceptedAt)
    {
        TaskCompletionSource<EmulatedWebhookDelivery> summary = Summary(sessionId);
        context.Recordings.SessionAccepted(sessionId);
        context.Journal.CallStarted(sessionId, context.SubAccountId, flow.Steps, acceptedAt);
        var session = new SimulatedSession(new SessionFacts(sessionId, context.SubAccountId, acceptedAt) { ClientRequestId = flow.ClientRequestId, ClientBatchId = flow.ClientBatchId }, context);
        Task run = Task.Run(async () =>
        {
            try
            {
                EmulatedWebhookDelivery ended = await session.RunAsync(flow.Steps, _stopping.Token).ConfigureAwait(false);
                context.Journal.CallEnded(sessionId, ended);
                summary.TrySetResult(ended);
            }
            catch (OperationCanceledException)
            {
                summary.TrySetCanceled();
            }
            catch (Exception exception)
            {
                summary.TrySetException(exception);
            }
            finally
            {
                context.Phone.End(sessionId);
            }
        });
        _running[run] = true;
        _ = run.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    public Task<EmulatedWebhookDelivery> WaitForSummaryAsync(string sessionId, CancellationToken cancellationToken)
        => Summary(sessionId).Task.WaitAsync(cancellationToken);

    public async Task StopAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_running.Keys).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private TaskCompletionSource<EmulatedWebhookDelivery> Summary(string sessionId)
        => _summaries.GetOrAdd(sessionId, _ => new TaskCompletionSource<EmulatedWebhookDelivery>(TaskCreationOptions.RunContinuationsAsynchronously));
}
