using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.LogExports;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice.LogExports;

public sealed partial class LogExportsApiTests
{
    private static readonly Duration Poll = Duration.FromSeconds(5);

    [Fact]
    public async Task WaitForCompletionAsync_QueuedThenRunningThenSucceeded_PollsOnTheFakeClockAndReturnsTheLinks()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(
            ScriptedReply.Json(200, """{"status":"queued"}"""),
            ScriptedReply.Json(200, """{"status":"running"}"""),
            ScriptedReply.Fixture(200, Folder + "log-export-result.json"));
        var time = new ManualTimeProvider();

        Task<LogExportResult> waiting = voice.Client.LogExports.WaitForCompletionAsync(JobId, Poll, Duration.FromMinutes(10), time);
        for (int i = 0; i < 2; i++)
        {
            await time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
            time.Advance(TimeSpan.FromSeconds(5));
        }

        LogExportResult result = await waiting;

        Assert.Equal(LogExportStatus.Succeeded, result.Status);
        Assert.Single(result.DownloadUrls);
        Assert.Equal(3, voice.Server.Requests.Count);
        Assert.All(voice.Server.Requests, request => Assert.EndsWith("/messages/exports/" + JobId, request.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitForCompletionAsync_StillRunningAtTheTimeout_PollsAtTheDeadlineThenThrowsNamingTheJob()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(
            ScriptedReply.Json(200, """{"status":"running"}"""),
            ScriptedReply.Json(200, """{"status":"running"}"""),
            ScriptedReply.Json(200, """{"status":"running"}"""));
        var time = new ManualTimeProvider();

        Task<LogExportResult> waiting = voice.Client.LogExports.WaitForCompletionAsync(JobId, Poll, Duration.FromSeconds(8), time);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        time.Advance(TimeSpan.FromSeconds(3));

        Evo8x8ApiException error = await Assert.ThrowsAsync<Evo8x8ApiException>(() => waiting);
        Assert.Contains(JobId, error.Message, StringComparison.Ordinal);
        Assert.Contains("still running after 8 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, voice.Server.Requests.Count);
    }

    [Fact]
    public async Task WaitForCompletionAsync_Cancelled_StopsWaiting()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Json(200, """{"status":"queued"}"""));
        var time = new ManualTimeProvider();
        using var cancellation = new CancellationTokenSource();

        Task<LogExportResult> waiting = voice.Client.LogExports.WaitForCompletionAsync(JobId, Poll, Duration.FromMinutes(1), time, cancellation.Token);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Single(voice.Server.Requests);
    }
}
