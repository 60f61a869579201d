using Evo8x8.Client.Ccai.Webhooks;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>Your code for CCAI Platform chat webhooks; called only for a delivery whose signature checked out.</summary>
public interface ICcaiChatWebhookHandler
{
    /// <summary>Handles one event; switch on its type (<see cref="ChatMessageReceivedEvent"/> …, or <see cref="UnknownChatWebhookEvent"/>).</summary>
    /// <param name="chatEvent">The event.</param>
    /// <param name="cancellationToken">Cancelled when the platform hangs up.</param>
    /// <returns>A task; an exception is answered 500.</returns>
    Task HandleAsync(ChatWebhookEvent chatEvent, CancellationToken cancellationToken);
}
