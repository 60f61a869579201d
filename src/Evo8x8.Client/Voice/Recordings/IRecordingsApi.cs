using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice.Recordings;

/// <summary>8x8's recordings resource: where the recordings of a voice session stand.</summary>
public interface IRecordingsApi
{
    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/recordings/{sessionId}</c>: the recordings of one session and their status.</summary>
    /// <param name="sessionId">The session's id (a GUID), as returned by <see cref="ICallflowsApi.SendAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The session's recordings.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is not a GUID; nothing was sent.</exception>
    /// <exception cref="VoiceApiException">8x8 refused the request with a JSON error body.</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body (401, 403, 404).</exception>
    Task<RecordingList> GetStatusAsync(string sessionId, CancellationToken cancellationToken = default);
}
