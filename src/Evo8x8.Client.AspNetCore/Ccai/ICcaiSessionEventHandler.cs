using Evo8x8.Client.Ccai.Webhooks;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>Your code for CCAI Platform external session events; called once per event, duplicates of an <c>event_id</c> skipped.</summary>
public interface ICcaiSessionEventHandler
{
    /// <summary>Handles one event of a batch.</summary>
    /// <param name="channel">Whether it came to the calls or the chats endpoint.</param>
    /// <param name="sessionEvent">The event.</param>
    /// <param name="cancellationToken">Cancelled when the platform hangs up.</param>
    /// <returns>A task; an exception is answered 500, and the events not yet done run again on redelivery.</returns>
    Task HandleAsync(SessionEventChannel channel, SessionEvent sessionEvent, CancellationToken cancellationToken);
}
