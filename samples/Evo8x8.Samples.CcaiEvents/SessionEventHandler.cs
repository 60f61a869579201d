using System.Collections.Concurrent;
using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.Ccai.Webhooks;

namespace Evo8x8.Samples.CcaiEvents;

/// <summary>Receives external session events, once per event_id.</summary>
public sealed class SessionEventHandler(ConcurrentQueue<string> seen) : ICcaiSessionEventHandler
{
    public Task HandleAsync(SessionEventChannel channel, SessionEvent sessionEvent, CancellationToken cancellationToken)
    {
        seen.Enqueue($"{channel} call {sessionEvent.CallId}: {sessionEvent.State} by {sessionEvent.Initiator ?? "-"}");
        return Task.CompletedTask;
    }
}
