using Evo8x8.Client.Core;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>The CCAI Platform Apps API operations the SDK covers; implemented by <see cref="CcaiAppsClient"/>, mockable in tests.</summary>
public interface ICcaiAppsClient
{
    /// <summary>Has an agent place an outbound call (<c>POST /calls</c>, <c>Voice Outbound (API)</c>).</summary>
    /// <param name="call">The agent and whom to call.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The created call, in the same model as call metadata (status <c>assigned</c> when accepted).</returns>
    /// <exception cref="Evo8x8ApiException">The Apps API refused it; the message carries its <c>message</c> (for example "Agent email required").</exception>
    Task<SessionMetadata> CreateOutboundCallAsync(NewOutboundCall call, CancellationToken cancellationToken = default);

    /// <summary>Creates an incoming call into a menu (<c>POST /calls</c>, <c>Voice Inbound (API)</c>).</summary>
    /// <param name="call">The menu and the end-user's number.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The created call.</returns>
    Task<SessionMetadata> CreateInboundCallAsync(NewInboundCall call, CancellationToken cancellationToken = default);

    /// <summary>Schedules a call (<c>POST /calls</c>, <c>Voice Scheduled (API)</c>).</summary>
    /// <param name="call">The menu or earlier call, the number and the time.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The created call (the platform reports it as queued).</returns>
    Task<SessionMetadata> ScheduleCallAsync(NewScheduledCall call, CancellationToken cancellationToken = default);

    /// <summary>Reads a call's reserved customer flags (<c>GET /calls/{id}/customer_flag</c>).</summary>
    /// <param name="callId">The call.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The flags.</returns>
    Task<CcaiCustomerFlags> GetCustomerFlagsAsync(long callId, CancellationToken cancellationToken = default);

    /// <summary>Updates a call's reserved customer flags (<c>PATCH /calls/{id}/customer_flag</c>); unset flags are not sent.</summary>
    /// <param name="callId">The call.</param>
    /// <param name="flags">The flags to set.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>A task that completes when the platform accepted the update.</returns>
    Task UpdateCustomerFlagsAsync(long callId, CcaiCustomerFlags flags, CancellationToken cancellationToken = default);

    /// <summary>Downloads a file an agent attached in a chat (<c>GET /chats/{chatId}/media/{mediaId}</c>; the media id comes from the <c>message_received</c> event).</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="mediaId">The attached file.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The file's bytes.</returns>
    Task<byte[]> DownloadChatMediaAsync(long chatId, long mediaId, CancellationToken cancellationToken = default);
}
