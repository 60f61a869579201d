using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Voice.LogExports;

/// <summary>The voice log export jobs resource over the generated <see cref="ILogExportsRoutes"/>.</summary>
/// <param name="routes">The generated routes.</param>
/// <param name="account">The subaccount and the bearer header.</param>
/// <param name="allowPlainHttp">
/// Whether a plain <c>http</c> download link is fetched: only when the client itself talks plain http (an emulator
/// on loopback); a client on https never downloads an export file unencrypted.
/// </param>
internal sealed class LogExportsApi(ILogExportsRoutes routes, VoiceAccount account, bool allowPlainHttp) : ILogExportsApi
{
    public Task<LogExportJob> StartAsync(NewLogExport? export = null, CancellationToken cancellationToken = default)
    {
        export ??= new NewLogExport();
        if (export.From is { } from && export.To is { } to && from >= to)
        {
            throw new ArgumentException($"The export period starts at {from} but ends at {to}; From must be before To.", nameof(export));
        }

        if (export.Limit < 0)
        {
            throw new ArgumentException($"The export limit is {export.Limit}; use a positive number of records, or 0 for no limit.", nameof(export));
        }

        return VoiceService.RequireAsync(routes.StartAsync(account.SubAccountId, export, cancellationToken), "the export job");
    }

    public Task<LogExportResult> GetResultAsync(string jobId, CancellationToken cancellationToken = default)
        => VoiceService.RequireAsync(routes.GetResultAsync(account.SubAccountId, RequireJobId(jobId), cancellationToken), "the export result");

    public async Task CancelAsync(string jobId, CancellationToken cancellationToken = default)
    {
        using HttpContent _ = await routes.CancelAsync(account.SubAccountId, RequireJobId(jobId), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Stream> OpenDownloadAsync(string downloadUrl, CancellationToken cancellationToken = default)
    {
        Uri link = RequireLink(downloadUrl);

        // The API key goes only where it was meant to go: the client's pipeline adds it to a link on the client's own
        // origin (scheme, host and port) and to no other.
        HttpResponseMessage response = await routes.DownloadAsync(link.AbsoluteUri, streamed: true, cancellationToken).ConfigureAwait(false);
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ApiFailure.FromAnswerAsync(response).ConfigureAwait(false) ?? new InvalidOperationException("An error answer gave no error.");
            }

            Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new AnswerStream(response, body);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private Uri RequireLink(string downloadUrl)
    {
        if (!Uri.TryCreate(downloadUrl, UriKind.Absolute, out Uri? link) || (link.Scheme != Uri.UriSchemeHttps && link.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException(
                $"'{Shown(downloadUrl)}' is not an http or https link; pass one of LogExportResult.DownloadUrls of a succeeded job.", nameof(downloadUrl));
        }

        if (link.Scheme == Uri.UriSchemeHttp && !allowPlainHttp)
        {
            throw new ArgumentException(
                $"'{Shown(downloadUrl)}' is a plain http link, but this client talks https: the export file would travel "
                + "unencrypted, so it is not fetched. 8x8's links are https; a plain http link is fetched only by a client whose own address is http (an emulator).",
                nameof(downloadUrl));
        }

        return link;
    }

    /// <summary>
    /// A link as a message may show it: without its user name and password and without its query, which may carry a
    /// signed access token.
    /// </summary>
    private static string Shown(string downloadUrl)
    {
        if (Uri.TryCreate(downloadUrl, UriKind.Absolute, out Uri? link))
        {
            return link.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        }

        int query = downloadUrl.IndexOfAny(['?', '#']);
        return query < 0 ? downloadUrl : downloadUrl[..query];
    }

    private static string RequireJobId(string jobId)
        => string.IsNullOrWhiteSpace(jobId)
            ? throw new ArgumentException("The export job id is empty; pass LogExportJob.JobId from StartAsync.", nameof(jobId))
            : jobId;
}
