using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging.LogExports;

/// <summary>The voice log export jobs resource over HTTP.</summary>
internal sealed class LogExportsApi(JsonApiConnection connection, VoiceClientOptions options) : ILogExportsApi
{
    private readonly SubAccountResource _exports = new(options, "messages/exports");

    public async Task<LogExportJob> StartAsync(NewLogExport? export = null, CancellationToken cancellationToken = default)
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

        using ByteArrayContent body = JsonApiConnection.JsonBody(export, Evo8x8JsonContext.Default.NewLogExport);
        return await connection.SendAsync(_exports.Route(HttpMethod.Post), body, Evo8x8JsonContext.Default.LogExportJob, cancellationToken)
            .ConfigureAwait(false);
    }

    public Task<LogExportResult> GetResultAsync(string jobId, CancellationToken cancellationToken = default)
        => connection.SendAsync(JobRoute(HttpMethod.Get, jobId), null, Evo8x8JsonContext.Default.LogExportResult, cancellationToken);

    public Task CancelAsync(string jobId, CancellationToken cancellationToken = default)
        => connection.SendAsync(JobRoute(HttpMethod.Delete, jobId), null, cancellationToken);

    private ApiRoute JobRoute(HttpMethod method, string jobId)
    {
        if (string.IsNullOrWhiteSpace(jobId))
        {
            throw new ArgumentException("The export job id is empty; pass LogExportJob.JobId from StartAsync.", nameof(jobId));
        }

        return _exports.Item(method, "jobId", jobId);
    }
}
