namespace Evo8x8.Client.Ccai.Apps;

/// <summary>Creates calls through the Apps API (<c>POST /calls</c>); reached as <see cref="ICcaiAppsClient.Calls"/>, mockable in tests.</summary>
public interface ICcaiCallsApi
{
    /// <summary>Has an agent place an outbound call (<c>Voice Outbound (API)</c>).</summary>
    /// <param name="call">The agent and whom to call.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The created call, in the same model as call metadata (status <c>assigned</c> when accepted).</returns>
    /// <exception cref="CcaiApiException">The Apps API refused it; the message carries its <c>message</c> (for example "Agent email required").</exception>
    Task<SessionMetadata> CreateOutboundAsync(NewOutboundCall call, CancellationToken cancellationToken = default);

    /// <summary>Creates an incoming call into a menu (<c>Voice Inbound (API)</c>).</summary>
    /// <param name="call">The menu and the end-user's number.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The created call.</returns>
    /// <exception cref="CcaiApiException">The Apps API refused it.</exception>
    Task<SessionMetadata> CreateInboundAsync(NewInboundCall call, CancellationToken cancellationToken = default);

    /// <summary>Schedules a call (<c>Voice Scheduled (API)</c>).</summary>
    /// <param name="call">The menu or earlier call, the number and the time.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The created call (the platform reports it as queued).</returns>
    /// <exception cref="CcaiApiException">The Apps API refused it.</exception>
    Task<SessionMetadata> ScheduleAsync(NewScheduledCall call, CancellationToken cancellationToken = default);
}
