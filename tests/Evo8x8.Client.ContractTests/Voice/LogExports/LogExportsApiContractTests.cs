using System.Net;
using System.Text;
using Evo8x8.Client.ContractTests.Infrastructure;
using Evo8x8.Client.Voice.LogExports;
using Evo8x8.Client.Voice;
using NodaTime.Text;
using NodaTime;
using WireMock;

namespace Evo8x8.Client.ContractTests.Voice.LogExports;

/// <summary><c>POST /messages/exports</c>, <c>GET</c> and <c>DELETE /messages/exports/{jobId}</c> against WireMock.Net with the OpenAPI file's examples.</summary>
public sealed class LogExportsApiContractTests : IDisposable
{
    private const string JobId = "F1T6z9C5tW2QV1pdMzO9xpMXrYEmfnvqORGqpePJGpgzjTJ80TSaZEE7aX2wrgix";
    private readonly VoiceContract _voice = new();

    [Fact]
    public async Task StartAsync_DocumentedPeriod_PostsItsBodyAndReadsTheJobIdOf202()
    {
        _voice.Stub("POST", "/messages/exports", 202, "start-voice-log-export-job.202.json");
        var export = new NewLogExport { From = Instant.FromUtc(2020, 7, 1, 13, 0), To = Instant.FromUtc(2020, 7, 8, 13, 0), Limit = 0 };

        LogExportJob job = await _voice.Client.LogExports.StartAsync(export);

        _voice.AssertSingleRequest("POST", "/messages/exports", "start-voice-log-export-job.request.json");
        Assert.Equal(JobId, job.JobId);
    }

    [Fact]
    public async Task GetResultAsync_OpenApiExample_SendsGetWithTheJobIdAndReadsTheDownloads()
    {
        _voice.Stub("GET", "/messages/exports/" + JobId, 200, "get-voice-log-export-job-result.200.json");

        LogExportResult result = await _voice.Client.LogExports.GetResultAsync(JobId);

        _voice.AssertSingleRequest("GET", "/messages/exports/" + JobId);
        Assert.Equal(LogExportStatus.Succeeded, result.Status);
        Assert.True(result.Status.IsFinal);
        Assert.Equal(
            "https://voice.wavecell.com/api/v1/subaccounts/your_subAccountId/messages/download/long-unique-token-here",
            Assert.Single(result.DownloadUrls));
        Assert.Equal(InstantPattern.ExtendedIso.Parse("2020-10-25T06:58:41.74Z").Value, result.Expires);
    }

    [Fact]
    public async Task GetResultAsync_OpenApi404Example_ThrowsVoiceApiExceptionWithTheCodeAndErrorId()
    {
        _voice.Stub("GET", "/messages/exports/no-such-job", 404, "get-voice-log-export-job-result.404.json");

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => _voice.Client.LogExports.GetResultAsync("no-such-job"));

        _voice.AssertSingleRequest("GET", "/messages/exports/no-such-job");
        AssertInvalidJobId(error);
    }

    [Fact]
    public async Task CancelAsync_204_SendsDeleteWithTheJobIdAndReturns()
    {
        _voice.Stub("DELETE", "/messages/exports/" + JobId, 204);

        await _voice.Client.LogExports.CancelAsync(JobId);

        _voice.AssertSingleRequest("DELETE", "/messages/exports/" + JobId);
    }

    [Fact]
    public async Task CancelAsync_OpenApi404Example_ThrowsVoiceApiExceptionWithTheCodeAndErrorId()
    {
        _voice.Stub("DELETE", "/messages/exports/no-such-job", 404, "cancel-voice-log-export-job.404.json");

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => _voice.Client.LogExports.CancelAsync("no-such-job"));

        _voice.AssertSingleRequest("DELETE", "/messages/exports/no-such-job");
        AssertInvalidJobId(error);
    }

    public void Dispose() => _voice.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OpenDownloadAsync_LinkOn8x8sHost_SendsTheKeyAndStreamsAFileLargerThanMaxResponseBytes(bool callersHttpClient)
    {
        // With a caller's HttpClient the answer goes through the forwarding handler, which bounds every answer but a
        // streamed success: the file must still stream past MaxResponseBytes.
        // The OpenAPI example's link, moved onto this server: 8x8 serves the file from its API host.
        const string Download = VoiceContract.Root + "/messages/download/long-unique-token-here";
        byte[] file = Encoding.UTF8.GetBytes("sessionId,status\r\n" + string.Concat(Enumerable.Range(0, 4000).Select(i => $"session-{i:D6},COMPLETED\r\n")));
        _voice.Server.StubFile(Download, file, "text/csv");
        var options = new VoiceClientOptions
        {
            ApiKey = VoiceContract.ApiKey, SubAccountId = VoiceContract.SubAccountId, BaseAddress = _voice.Server.BaseAddress, MaxResponseBytes = 16 * 1024,
        };
        using var http = new HttpClient();
        VoiceClient voice = callersHttpClient ? new VoiceClient(options, http) : new VoiceClient(options);

        using var copy = new MemoryStream();
        await using (Stream csv = await voice.LogExports.OpenDownloadAsync(new Uri(_voice.Server.BaseAddress, Download).ToString()))
        {
            await csv.CopyToAsync(copy);
        }

        IRequestMessage request = Assert.Single(_voice.Server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal(Download, request.AbsolutePath);
        Assert.Equal($"Bearer {VoiceContract.ApiKey}", ContractServer.Header(request, "Authorization"));
        UserAgent.AssertSdk(request);
        Assert.True(file.Length > options.MaxResponseBytes);
        Assert.Equal(file, copy.ToArray());
    }

    [Fact]
    public async Task OpenDownloadAsync_LinkOnAnotherHost_IsFetchedWithoutTheKey()
    {
        const string Download = "/exports/files/long-unique-token-here";
        _voice.Server.StubFile(Download, "sessionId\r\n"u8.ToArray(), "text/csv");
        var other = new UriBuilder(_voice.Server.BaseAddress) { Host = _voice.Server.BaseAddress.Host == "localhost" ? "127.0.0.1" : "localhost", Path = Download };

        await using Stream csv = await _voice.Client.LogExports.OpenDownloadAsync(other.Uri.ToString());
        using var reader = new StreamReader(csv);

        Assert.Equal("sessionId", await reader.ReadLineAsync());
        IRequestMessage request = Assert.Single(_voice.Server.Requests);
        Assert.Null(ContractServer.Header(request, "Authorization"));
    }

    [Fact]
    public async Task OpenDownloadAsync_Expired404_ThrowsVoiceApiExceptionWithTheCodeAndErrorId()
    {
        _voice.Stub("GET", "/messages/download/expired-token", 404, "get-voice-log-export-job-result.404.json");

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(
            () => _voice.Client.LogExports.OpenDownloadAsync(new Uri(_voice.Server.BaseAddress, VoiceContract.Root + "/messages/download/expired-token").ToString()));

        AssertInvalidJobId(error);
        Assert.DoesNotContain(VoiceContract.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("messages/download/relative-token")]
    [InlineData("ftp://voice.8x8.com/api/v1/subaccounts/acme-voice_1/messages/download/t")]
    public async Task OpenDownloadAsync_NotAnHttpLink_ThrowsArgumentExceptionAndSendsNothing(string link)
    {
        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => _voice.Client.LogExports.OpenDownloadAsync(link));

        Assert.Equal("downloadUrl", error.ParamName);
        Assert.Empty(_voice.Server.Requests);
    }

    private static void AssertInvalidJobId(VoiceApiException error)
    {
        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatus);
        Assert.Equal(4018, error.StatusCode?.Value);
        Assert.Equal("Invalid jobId", error.ServiceMessage);
        Assert.Equal("aa400d4b-fffe-ea11-8277-00155d4ff7ed", error.RequestId);
    }
}
