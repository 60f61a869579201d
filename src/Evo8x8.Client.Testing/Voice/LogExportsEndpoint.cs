using System.Collections.Concurrent;
using System.Text.Json;
using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>
/// <c>POST …/messages/exports</c> (202 with a <c>jobId</c>), <c>GET …/messages/exports/{jobId}</c> and <c>DELETE</c>
/// (204). A job moves on the emulator clock: <c>queued</c> for its first second, <c>running</c> until
/// <see cref="RunTime"/> has passed, then <c>succeeded</c> with a download link valid for 30 days; a cancelled job
/// stays <c>cancelled</c>. An unknown job is 404 <c>{code: 4018, message: "Invalid jobId", errorId, timestamp}</c>.
/// The link (<c>GET …/messages/download/{jobId}</c>, the API key required) answers a <c>text/csv</c> file while the job
/// has succeeded and the link has not expired, else that same 404. 8x8's pages document neither the file's columns nor
/// how an expired link answers: the emulator's file is one header line of its own (<see cref="CsvHeader"/>), not 8x8's layout.
/// </summary>
internal sealed class LogExportsEndpoint(VoiceGate gate, IClock clock)
{
    public static readonly Duration RunTime = Duration.FromSeconds(5);

    /// <summary>How long a succeeded job's link works.</summary>
    public static readonly Duration LinkLifetime = Duration.FromDays(30);

    /// <summary>The emulator's file: a header line of its own columns.</summary>
    public const string CsvHeader = "sessionId,subAccountId,source,destination,status,startTime,endTime\r\n";

    private static readonly InstantPattern[] Patterns =
        [InstantPattern.ExtendedIso, InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss"), InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd")];

    private readonly ConcurrentDictionary<string, ExportJob> _jobs = new(StringComparer.Ordinal);

    public async Task StartAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false))
        {
            return;
        }

        if (!JsonBody.TryReadObject(request.Body, out JsonElement root, out string? problem))
        {
            await VoiceGate.InvalidAsync(request, "1001", problem!, "$").ConfigureAwait(false);
            return;
        }

        Instant now = clock.GetCurrentInstant();
        if (!TryInstant(root, "from", now - Duration.FromDays(7), out Instant from) || !TryInstant(root, "to", now, out Instant to))
        {
            string field = TryInstant(root, "from", now, out _) ? "to" : "from";
            await VoiceGate.InvalidAsync(request, "1002", $"Invalid param: {field} ($.{field} = '{JsonBody.Text(root, field)}' is not yyyy-MM-dd, yyyy-MM-ddTHH:mm:ssZ or with an offset)", $"$.{field}").ConfigureAwait(false);
            return;
        }

        if (from >= to)
        {
            await VoiceGate.InvalidAsync(request, "1002", $"Invalid param: from ($.from = '{InstantPattern.ExtendedIso.Format(from)}' must be before $.to = '{InstantPattern.ExtendedIso.Format(to)}')", "$.from").ConfigureAwait(false);
            return;
        }

        if (root.TryGetProperty("limit", out JsonElement limit) && limit.ValueKind != JsonValueKind.Null
            && (limit.ValueKind != JsonValueKind.Number || !limit.TryGetInt32(out int count) || count < 0))
        {
            await VoiceGate.InvalidAsync(request, "1002", $"Invalid param: limit ($.limit = {limit.GetRawText()} must be 0 or a positive integer)", "$.limit").ConfigureAwait(false);
            return;
        }

        string jobId = Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray());
        _jobs[jobId] = new ExportJob(now);
        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status202Accepted, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("jobId", jobId);
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    public async Task GetResultAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false) || await FindAsync(request).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        (string jobId, ExportJob job) = found;
        Instant now = clock.GetCurrentInstant();
        string status = job.Cancelled ? "cancelled" : (now - job.Started) < Duration.FromSeconds(1) ? "queued" : (now - job.Started) < RunTime ? "running" : "succeeded";
        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("status", status);
            if (status == "succeeded")
            {
                writer.WriteStartArray("data");
                writer.WriteStringValue(new Uri(new Uri(request.Context.Request.Scheme + "://" + request.Context.Request.Host), $"api/v1/subaccounts/{request.RouteValue("subAccountId")}/messages/download/{jobId}").ToString());
                writer.WriteEndArray();
                writer.WriteString("expires", InstantPattern.ExtendedIso.Format(job.Started + RunTime + LinkLifetime));
            }

            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    public async Task DownloadAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false))
        {
            return;
        }

        Instant now = clock.GetCurrentInstant();
        string jobId = request.RouteValue("jobId");
        if (!_jobs.TryGetValue(jobId, out ExportJob? job) || job.Cancelled || now - job.Started < RunTime || now > job.Started + RunTime + LinkLifetime)
        {
            await InvalidJobAsync(request, jobId).ConfigureAwait(false);
            return;
        }

        request.Context.Response.StatusCode = StatusCodes.Status200OK;
        request.Context.Response.ContentType = "text/csv; charset=utf-8";
        await request.Context.Response.WriteAsync(CsvHeader, request.Context.RequestAborted).ConfigureAwait(false);
    }

    public async Task CancelAsync(EmulatorRequest request)
    {
        if (await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false) && await FindAsync(request).ConfigureAwait(false) is { } found)
        {
            found.Job.Cancelled = true;
            request.Context.Response.StatusCode = StatusCodes.Status204NoContent;
        }
    }

    private async Task<(string JobId, ExportJob Job)?> FindAsync(EmulatorRequest request)
    {
        string jobId = request.RouteValue("jobId");
        if (_jobs.TryGetValue(jobId, out ExportJob? job))
        {
            return (jobId, job);
        }

        await InvalidJobAsync(request, jobId).ConfigureAwait(false);
        return null;
    }

    private async Task InvalidJobAsync(EmulatorRequest request, string jobId)
    {
        const int InvalidJob = 4018;
        request.Refused(StatusCodes.Status404NotFound, InvalidJob, "Invalid jobId", "path {jobId}", jobId);
        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status404NotFound, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("code", InvalidJob);
            writer.WriteString("message", "Invalid jobId");
            writer.WriteString("errorId", Guid.NewGuid().ToString());
            writer.WriteString("timestamp", InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()));
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static bool TryInstant(JsonElement root, string name, Instant fallback, out Instant value)
    {
        value = fallback;
        if (!root.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        string text = element.ValueKind == JsonValueKind.String ? element.GetString()! : string.Empty;
        if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } withOffset)
        {
            value = withOffset.Value.ToInstant();
            return true;
        }

        foreach (InstantPattern pattern in Patterns)
        {
            if (pattern.Parse(text) is { Success: true } parsed)
            {
                value = parsed.Value;
                return true;
            }
        }

        return false;
    }

    private sealed class ExportJob(Instant started)
    {
        public Instant Started { get; } = started;

        public bool Cancelled { get; set; }
    }
}
