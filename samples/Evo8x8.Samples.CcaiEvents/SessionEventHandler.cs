using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.Ccai.Webhooks;

namespace Evo8x8.Samples.CcaiEvents;

/// <summary>Receives external session events, once per event_id.</summary>
public sealed class SessionEventHandler(CcaiEventLog log) : ICcaiSessionEventHandler
{
    public Task HandleAsync(SessionEventChannel channel, SessionEvent sessionEvent, CancellationToken cancellationToken)
    {
        log.Add(sessionEvent, Describe(channel, sessionEvent));
        return Task.CompletedTask;
    }

    public static string Describe(SessionEventChannel channel, SessionEvent sessionEvent)
        => $"{channel} {sessionEvent.CallId ?? sessionEvent.ChatId}: {sessionEvent.State} by {sessionEvent.Initiator ?? "-"}";
}
