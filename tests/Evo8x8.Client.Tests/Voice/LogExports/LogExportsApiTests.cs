using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.LogExports;
using Evo8x8.Client.Voice;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice.LogExports;

public sealed partial class LogExportsApiTests
{
    private const string Folder = "Voice/LogExports/Fixtures/";
    private const string JobId = "F1T6z9C5tW2QV1pdMzO9xpMXrYEmfnvqORGqpePJGpgzjTJ80TSaZEE7aX2wrgix";

    [Fact]
    public async Task StartAsync_PeriodAndLimit_SendsWholeSecondUtcTimesAndReadsTheJobId()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(202, Folder + "log-export-start.json"));
        var export = new NewLogExport
        {
            From = Instant.FromUtc(2020, 7, 1, 13, 0) + Duration.FromMilliseconds(999),
            To = Instant.FromUtc(2020, 7, 8, 13, 0),
            Limit = 0,
        };

        LogExportJob job = await voice.Client.LogExports.StartAsync(export);

        voice.AssertSingleRequest("POST", "/messages/exports", Fixtures.Read(Folder + "log-export-start-request.json"));
        Assert.Equal(JobId, job.JobId);
    }

    [Fact]
    public async Task StartAsync_NoOptions_SendsAnEmptyObject()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(202, Folder + "log-export-start.json"));

        LogExportJob job = await voice.Client.LogExports.StartAsync();

        voice.AssertSingleRequest("POST", "/messages/exports", "{}");
        Assert.Equal(JobId, job.JobId);
    }

    [Fact]
    public async Task StartAsync_PeriodEndsBeforeItStarts_ThrowsBeforeSending()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        var export = new NewLogExport { From = Instant.FromUtc(2020, 7, 8, 0, 0), To = Instant.FromUtc(2020, 7, 1, 0, 0) };

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => voice.Client.LogExports.StartAsync(export));

        Assert.Contains("From must be before To", error.Message, StringComparison.Ordinal);
        Assert.Empty(voice.Server.Requests);
    }

    [Fact]
    public async Task StartAsync_AnswerWithoutJobId_ThrowsUnreadableAnswer()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Json(202, "{}"));

        Evo8x8TransportException error = await Assert.ThrowsAsync<Evo8x8TransportException>(() => voice.Client.LogExports.StartAsync());

        Assert.Equal(HttpStatusCode.Accepted, error.HttpStatus);
        Assert.Equal(RequestDelivery.AnsweredUnreadable, error.Delivery);
        Assert.Contains("is not the JSON expected at JSON path $: a required property is missing: 'jobId'.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LogExportJob", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_AnswerWithNullJobId_ThrowsUnreadableAnswerInsteadOfANullId()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Json(202, """{"jobId":null}"""));

        Evo8x8TransportException error = await Assert.ThrowsAsync<Evo8x8TransportException>(() => voice.Client.LogExports.StartAsync());

        Assert.Equal(RequestDelivery.AnsweredUnreadable, error.Delivery);
        Assert.Contains("at JSON path $.jobId: Expected a string but found null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResultAsync_OpenApiExample_SendsTheJobIdAndReadsLinksAndExpiry()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "log-export-result.json"));

        LogExportResult result = await voice.Client.LogExports.GetResultAsync(JobId);

        voice.AssertSingleRequest("GET", "/messages/exports/" + JobId);
        Assert.Equal(LogExportStatus.Succeeded, result.Status);
        Assert.True(result.Status.IsFinal);
        string link = Assert.Single(result.DownloadUrls);
        Assert.EndsWith("/messages/download/long-unique-token-here", link, StringComparison.Ordinal);
        Assert.Equal(Instant.FromUtc(2020, 10, 25, 6, 58, 41) + Duration.FromMilliseconds(740), result.Expires);
    }

    [Fact]
    public async Task GetResultAsync_UnknownJob_ThrowsVoiceApiExceptionWithCodeAndErrorId()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(404, Folder + "log-export-404.json"));

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => voice.Client.LogExports.GetResultAsync("no-such-job"));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatus);
        Assert.Equal(4018, error.StatusCode?.Value);
        Assert.Equal("4018", error.ErrorCode);
        Assert.Equal("Invalid jobId", error.ServiceMessage);
        Assert.Equal("aa400d4b-fffe-ea11-8277-00155d4ff7ed", error.RequestId);
        Assert.Contains("4018 Invalid jobId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelAsync_NoContent_SendsDeleteWithTheJobId()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(new ScriptedReply(204, string.Empty, null));

        await voice.Client.LogExports.CancelAsync(JobId);

        voice.AssertSingleRequest("DELETE", "/messages/exports/" + JobId);
    }

    [Fact]
    public async Task CancelAsync_UnknownJob_ThrowsVoiceApiException()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(404, Folder + "log-export-404.json"));

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => voice.Client.LogExports.CancelAsync("no-such-job"));

        Assert.Equal(4018, error.StatusCode?.Value);
    }

    [Theory]
    [InlineData("queued", false)]
    [InlineData("running", false)]
    [InlineData("empty", true)]
    [InlineData("archived", true)]
    public async Task GetResultAsync_EachStatus_IsKeptAndSaysWhetherItIsFinal(string status, bool isFinal)
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Json(200, $$"""{"status":"{{status}}"}"""));

        LogExportResult result = await voice.Client.LogExports.GetResultAsync(JobId);

        Assert.Equal(status, result.Status.ToString());
        Assert.Equal(isFinal, result.Status.IsFinal);
        Assert.Empty(result.DownloadUrls);
        Assert.Null(result.Expires);
    }
}
