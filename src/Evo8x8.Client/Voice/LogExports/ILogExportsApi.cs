using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice.LogExports;

/// <summary>
/// 8x8's voice log export jobs: 8x8 gathers the call records of a period into CSV files in the background;
/// start a job, poll its result until it is final, then download the files before they expire.
/// </summary>
public interface ILogExportsApi
{
    /// <summary><c>POST /api/v1/subaccounts/{subAccountId}/messages/exports</c>: starts an export job (HTTP 202).</summary>
    /// <param name="export">The period and record limit; <see langword="null"/> takes 8x8's defaults (the last 7 days, no limit).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The job, whose id <see cref="GetResultAsync"/> and <see cref="CancelAsync"/> take.</returns>
    /// <exception cref="ArgumentException">The period ends before it starts, or the limit is negative; nothing was sent.</exception>
    /// <exception cref="VoiceApiException">8x8 refused the request with a JSON error body.</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body.</exception>
    Task<LogExportJob> StartAsync(NewLogExport? export = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/messages/exports/{jobId}</c>: the job's status and, once it succeeded, its download links.</summary>
    /// <param name="jobId">The id from <see cref="StartAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The job's status, links and their expiry.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is empty; nothing was sent.</exception>
    /// <exception cref="VoiceApiException">8x8 knows no such job (404, code 4018), or refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body.</exception>
    Task<LogExportResult> GetResultAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /api/v1/subaccounts/{subAccountId}/messages/exports/{jobId}</c>: cancels a job (HTTP 204).</summary>
    /// <param name="jobId">The id from <see cref="StartAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes once 8x8 has cancelled the job.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is empty; nothing was sent.</exception>
    /// <exception cref="VoiceApiException">8x8 knows no such job (404, code 4018), or refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body.</exception>
    Task CancelAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens one of a succeeded job's CSV files (a link of <see cref="LogExportResult.DownloadUrls"/>) as a stream,
    /// read as it arrives: a file of any size, never buffered whole and not bounded by <c>MaxResponseBytes</c>.
    /// </summary>
    /// <remarks>
    /// The API key is sent only when the link is on this client's base address (scheme, host and port); a link
    /// anywhere else is fetched without it. The attempt timeout covers the wait for the answer's headers, not the
    /// reading of the file: pass a token to the stream's reads, or dispose it, to stop. Dispose the stream when done;
    /// it releases the connection. A link past <see cref="LogExportResult.Expires"/> gets 8x8's error. A plain
    /// <c>http</c> link is refused unless the client's own address is http (an emulator): a client on https never
    /// fetches an export file unencrypted.
    /// </remarks>
    /// <param name="downloadUrl">An absolute http or https link from <see cref="LogExportResult.DownloadUrls"/>.</param>
    /// <param name="cancellationToken">Cancels the request until its answer's headers have arrived.</param>
    /// <returns>The file's bytes, as 8x8 sends them.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="downloadUrl"/> is not an absolute http or https link, or is plain http for a client on https; nothing was sent.
    /// </exception>
    /// <exception cref="VoiceApiException">8x8 refused the download (an expired or unknown link, a wrong key).</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or did not answer in time.</exception>
    Task<Stream> OpenDownloadAsync(string downloadUrl, CancellationToken cancellationToken = default);
}
