using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.LogExports;
using Evo8x8.Client.Voice;
using NodaTime;

namespace Evo8x8.Client.Testing.Tests.Voice;

/// <summary>Voice log export jobs moving through their states on the emulator clock.</summary>
public sealed class LogExportsEndpointTests
{
    [Fact]
    public async Task Job_AsTheClockAdvances_IsQueuedThenRunningThenSucceededWithADownloadLink()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        ILogExportsApi exports = EmulatorHttp.Sdk(emulator).LogExports;

        LogExportJob job = await exports.StartAsync(new NewLogExport { From = emulator.Clock.GetCurrentInstant() - Duration.FromDays(1), To = emulator.Clock.GetCurrentInstant(), Limit = 0 });
        LogExportResult queued = await exports.GetResultAsync(job.JobId);
        emulator.Clock.Advance(Duration.FromSeconds(2));
        LogExportResult running = await exports.GetResultAsync(job.JobId);
        emulator.Clock.Advance(Duration.FromSeconds(5));
        LogExportResult done = await exports.GetResultAsync(job.JobId);

        Assert.Equal(LogExportStatus.Queued, queued.Status);
        Assert.Equal(LogExportStatus.Running, running.Status);
        Assert.Equal(LogExportStatus.Succeeded, done.Status);
        Assert.StartsWith(emulator.BaseAddress.ToString(), Assert.Single(done.DownloadUrls), StringComparison.Ordinal);
        Assert.True(done.Expires > emulator.Clock.GetCurrentInstant());
        Assert.Empty(running.DownloadUrls);
    }

    [Fact]
    public async Task Download_SucceededJobsLink_StreamsTheCsvFileUntilTheLinkExpires()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        ILogExportsApi exports = EmulatorHttp.Sdk(emulator).LogExports;
        LogExportJob job = await exports.StartAsync();
        emulator.Clock.Advance(Duration.FromSeconds(6));
        LogExportResult done = await exports.GetResultAsync(job.JobId);
        string link = Assert.Single(done.DownloadUrls);

        string csv;
        await using (Stream file = await exports.OpenDownloadAsync(link))
        {
            using var reader = new StreamReader(file);
            csv = await reader.ReadToEndAsync();
        }

        emulator.Clock.Advance(Duration.FromDays(31));
        VoiceApiException expired = await Assert.ThrowsAsync<VoiceApiException>(() => exports.OpenDownloadAsync(link));

        Assert.Equal("sessionId,subAccountId,source,destination,status,startTime,endTime\r\n", csv);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, expired.HttpStatus);
        Assert.Equal(4018, expired.StatusCode?.Value);
    }

    [Fact]
    public async Task Download_BeforeTheJobSucceeded_Is404InvalidJobId()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        ILogExportsApi exports = EmulatorHttp.Sdk(emulator).LogExports;
        LogExportJob job = await exports.StartAsync();

        VoiceApiException early = await Assert.ThrowsAsync<VoiceApiException>(
            () => exports.OpenDownloadAsync(new Uri(emulator.BaseAddress, $"api/v1/subaccounts/{emulator.SubAccountId}/messages/download/{job.JobId}").ToString()));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, early.HttpStatus);
        Assert.Contains("Invalid jobId", early.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_RunningJob_StaysCancelled()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        ILogExportsApi exports = EmulatorHttp.Sdk(emulator).LogExports;
        LogExportJob job = await exports.StartAsync();

        await exports.CancelAsync(job.JobId);
        emulator.Clock.Advance(Duration.FromMinutes(1));

        Assert.Equal(LogExportStatus.Cancelled, (await exports.GetResultAsync(job.JobId)).Status);
    }

    [Fact]
    public async Task GetResult_UnknownJob_Is404InvalidJobId()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => EmulatorHttp.Sdk(emulator).LogExports.GetResultAsync("no-such-job"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.HttpStatus);
        Assert.Equal(("no-such-job", 4018), (Assert.Single(emulator.Diagnostics).Value, emulator.Diagnostics[0].StatusCode));
    }

    [Theory]
    [InlineData("log-export-from-after-to.json", "$.from", "$.from = '2020-07-08T13:00:00Z' must be before $.to")]
    [InlineData("log-export-limit-as-text.json", "$.limit", "$.limit = \"all\" must be 0 or a positive integer")]
    public async Task Start_InvalidBody_Is422NamingTheField(string fixture, string jsonPath, string problem)
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (int status, var body) = await EmulatorHttp.ReadAsync(await raw.PostAsync(EmulatorHttp.VoicePath(emulator, "messages/exports"), EmulatorHttp.Json(Fixtures.Read($"Voice/Fixtures/{fixture}"))));

        Assert.Equal(422, status);
        Assert.Contains(problem, body.GetProperty("statusMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(jsonPath, Assert.Single(emulator.Diagnostics).JsonPath);
    }
}
