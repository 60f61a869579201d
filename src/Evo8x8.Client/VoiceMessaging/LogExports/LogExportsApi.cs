using Evo8x8.Client.Http;

namespace Evo8x8.Client.VoiceMessaging.LogExports;

/// <summary>The voice log export jobs resource over the generated <see cref="ILogExportsRoutes"/>.</summary>
internal sealed class LogExportsApi(ILogExportsRoutes routes, VoiceAccount account) : ILogExportsApi
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

        return Answer.VoiceAsync(routes.StartAsync(account.SubAccountId, export, account.Authorization, cancellationToken), "the export job");
    }

    public Task<LogExportResult> GetResultAsync(string jobId, CancellationToken cancellationToken = default)
        => Answer.VoiceAsync(routes.GetResultAsync(account.SubAccountId, RequireJobId(jobId), account.Authorization, cancellationToken), "the export result");

    public async Task CancelAsync(string jobId, CancellationToken cancellationToken = default)
    {
        using HttpContent _ = await routes.CancelAsync(account.SubAccountId, RequireJobId(jobId), account.Authorization, cancellationToken).ConfigureAwait(false);
    }

    private static string RequireJobId(string jobId)
        => string.IsNullOrWhiteSpace(jobId)
            ? throw new ArgumentException("The export job id is empty; pass LogExportJob.JobId from StartAsync.", nameof(jobId))
            : jobId;
}
