using Evo8x8.Client.Core.Http;
using Refit;

namespace Evo8x8.Client.Voice.LogExports;

/// <summary>8x8's voice log export routes as Refit declares them.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface ILogExportsRoutes
{
    [Post("/api/v1/subaccounts/{subAccountId}/messages/exports")]
    Task<LogExportJob> StartAsync(string subAccountId, [Body] NewLogExport export, CancellationToken cancellationToken);

    [Get("/api/v1/subaccounts/{subAccountId}/messages/exports/{jobId}")]
    Task<LogExportResult> GetResultAsync(string subAccountId, string jobId, CancellationToken cancellationToken);

    // HttpContent, not Task: only then do Refit's exception factories see transport failures.
    [Delete("/api/v1/subaccounts/{subAccountId}/messages/exports/{jobId}")]
    Task<HttpContent> CancelAsync(string subAccountId, string jobId, CancellationToken cancellationToken);

    // A link from a succeeded job's data; the answer is the caller's to read (streamed, not buffered), errors included.
    [Get("")]
    [Headers("Accept: */*")]
    Task<HttpResponseMessage> DownloadAsync(
        [Url] string link,
        [Property(ApiRequestOptions.StreamedKey)] bool streamed,
        CancellationToken cancellationToken);
}
