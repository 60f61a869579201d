using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice.Recordings;

/// <summary>8x8's recording push configuration: the storage (an FTP server, an S3 bucket) 8x8 uploads call recordings to.</summary>
public interface IRecordingPushConfigApi
{
    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/recording-push-config</c>: reads the configuration; the password never comes back.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The configuration, with whether a password is set.</returns>
    /// <exception cref="VoiceApiException">8x8 refused the request with a JSON error body.</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body (401, 403, 404: none configured).</exception>
    Task<RecordingPushConfig> GetAsync(CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v1/subaccounts/{subAccountId}/recording-push-config</c>: sets where recordings are uploaded, replacing the previous setting.</summary>
    /// <param name="config">The storage address and credentials.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The configuration as 8x8 stored it.</returns>
    /// <exception cref="VoiceApiException">8x8 refused the configuration (422 names the invalid parameter).</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body (401, 403, 404).</exception>
    Task<RecordingPushConfig> CreateAsync(NewRecordingPushConfig config, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /api/v1/subaccounts/{subAccountId}/recording-push-config</c>: stops uploading recordings.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The configuration that was removed, with <see cref="RecordingPushConfig.Delete"/> set.</returns>
    /// <exception cref="VoiceApiException">8x8 refused the request with a JSON error body.</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body (401, 403, 404).</exception>
    Task<RecordingPushConfig> DeleteAsync(CancellationToken cancellationToken = default);
}
