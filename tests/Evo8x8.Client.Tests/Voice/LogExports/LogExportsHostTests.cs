using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using Evo8x8.Client.Voice.LogExports;

namespace Evo8x8.Client.Tests.Voice.LogExports;

/// <summary>Log exports on a host of their own (8x8's OpenAPI file), with the API key sent to the client's two hosts only.</summary>
public sealed class LogExportsHostTests
{
    private const string ApiKey = "test-api-key-123";

    [Fact]
    public async Task StartAsync_LogExportsAddressSet_SentToThatHostWithTheKey()
    {
        await using LoopbackServer api = await LoopbackServer.StartAsync();
        await using LoopbackServer exports = await LoopbackServer.StartAsync();
        exports.Reply(ScriptedReply.Json(202, """{"jobId":"job-1"}"""));
        VoiceClient client = Client(api, exports);

        LogExportJob job = await client.LogExports.StartAsync();

        Assert.Equal("job-1", job.JobId);
        Assert.Empty(api.Requests);
        RecordedRequest request = Assert.Single(exports.Requests);
        Assert.Equal("/api/v1/subaccounts/acme-voice_1/messages/exports", request.Path);
        Assert.Equal($"Bearer {ApiKey}", request.Header("Authorization"));
    }

    [Fact]
    public async Task GetResultAsync_LogExportsAddressSet_OtherOperationsStayOnTheBaseAddress()
    {
        await using LoopbackServer api = await LoopbackServer.StartAsync();
        await using LoopbackServer exports = await LoopbackServer.StartAsync();
        exports.Reply(ScriptedReply.Fixture(200, "Voice/LogExports/Fixtures/log-export-result.json"));
        api.Reply(ScriptedReply.Fixture(200, "Voice/SpeechProfiles/Fixtures/speech-profiles-list.json"));
        VoiceClient client = Client(api, exports);

        await client.LogExports.GetResultAsync("job-1");
        await client.SpeechProfiles.ListAsync().GetPageAsync();

        Assert.EndsWith("/messages/exports/job-1", Assert.Single(exports.Requests).Path, StringComparison.Ordinal);
        Assert.EndsWith("/speech-profiles", Assert.Single(api.Requests).Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenDownloadAsync_LinkOnAThirdHost_NeverCarriesTheKey()
    {
        await using LoopbackServer api = await LoopbackServer.StartAsync();
        await using LoopbackServer exports = await LoopbackServer.StartAsync();
        await using LoopbackServer storage = await LoopbackServer.StartAsync();
        storage.Reply(ScriptedReply.Text(200, "a,b\n", "text/csv"));
        VoiceClient client = Client(api, exports);

        await using (Stream _ = await client.LogExports.OpenDownloadAsync(new Uri(storage.BaseAddress, "file.csv").AbsoluteUri))
        {
        }

        Assert.Null(Assert.Single(storage.Requests).Header("Authorization"));
        Assert.Empty(api.Requests);
        Assert.Empty(exports.Requests);
    }

    [Fact]
    public async Task OpenDownloadAsync_LinkOnTheLogExportsHost_CarriesTheKey()
    {
        await using LoopbackServer api = await LoopbackServer.StartAsync();
        await using LoopbackServer exports = await LoopbackServer.StartAsync();
        exports.Reply(ScriptedReply.Text(200, "a,b\n", "text/csv"));
        VoiceClient client = Client(api, exports);

        await using (Stream _ = await client.LogExports.OpenDownloadAsync(new Uri(exports.BaseAddress, "file.csv").AbsoluteUri))
        {
        }

        Assert.Equal($"Bearer {ApiKey}", Assert.Single(exports.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task OpenDownloadAsync_PlainHttpLinkForAnHttpsClient_RefusedWithNothingSent()
    {
        await using LoopbackServer storage = await LoopbackServer.StartAsync();
        var client = new VoiceClient(new VoiceClientOptions { ApiKey = ApiKey, SubAccountId = "acme-voice_1", BaseAddress = new Uri("https://voice.example.test/") });
        string link = $"http://reader:pa55word@127.0.0.1:{storage.BaseAddress.Port}/file.csv?signature=s3cr3t-token";

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => client.LogExports.OpenDownloadAsync(link));

        Assert.Contains("is a plain http link, but this client talks https", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pa55word", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'http://127.0.0.1:{storage.BaseAddress.Port}/file.csv'", error.Message, StringComparison.Ordinal);
        Assert.Empty(storage.Requests);
    }

    private static VoiceClient Client(LoopbackServer api, LoopbackServer exports)
        => new(new VoiceClientOptions { ApiKey = ApiKey, SubAccountId = "acme-voice_1", BaseAddress = api.BaseAddress, LogExportsAddress = exports.BaseAddress });
}
