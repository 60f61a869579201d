using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice;

/// <summary>8x8's callflows resource: starts voice sessions (voice messages, IVR calls).</summary>
public interface ICallflowsApi
{
    /// <summary>
    /// <c>POST /api/v1/subaccounts/{subAccountId}/callflows</c>: validates the callflow (unless turned off), sends
    /// it once, and returns the created session. Never retried once it may have reached 8x8: a repeat would ring twice.
    /// </summary>
    /// <param name="callflow">The callflow to run.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created session.</returns>
    /// <exception cref="CallflowValidationException">The callflow breaks 8x8's rules; nothing was sent.</exception>
    /// <exception cref="VoiceApiException">8x8 refused the request (<c>NOT_CREATED</c>, HTTP 4xx/5xx).</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered something unreadable.</exception>
    Task<CallflowResult> SendAsync(Callflow callflow, CancellationToken cancellationToken = default);
}
