using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Tests.Core.Http;

public sealed class RawResponseCaptureTests : IAsyncLifetime
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

    private readonly ManualTimeProvider _time = new();
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Start_OperationsOfBothServices_RecordStatusHeadersAndBodyOfEachAnswer()
    {
        _server.Reply(
            TestClients.CallflowCreated() with { Headers = [("X-Request-Id", "edge-1")] },
            ScriptedReply.Json(404, """{"responseStatus":{"errorCode":"NotFound","message":"No such session"}}"""));
        using var services = TestClients.Build(_server.BaseAddress, _time);
        using RawResponseCapture capture = RawResponseCapture.Start();

        await TestClients.Voice(services).Callflows.SendAsync(TestClients.CallflowTo("6591234567")).WaitAsync(Hang);
        await Assert.ThrowsAsync<Evo8x8.Client.Evo.EvoApiException>(() => TestClients.EvoSessions(services).GetAsync("gone").WaitAsync(Hang));

        Assert.Equal(2, capture.Responses.Count);
        RawResponse created = capture.Responses[0];
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("8x8 POST api/v1/subaccounts/{subAccountId}/callflows answered 200", created.ToString());
        Assert.Equal(["edge-1"], created.Headers["x-request-id"]);
        Assert.StartsWith("application/json", created.Headers["Content-Type"][0], StringComparison.Ordinal);
        Assert.Contains("\"callFlowRequestId\":\"89b545a5-0676-11ee-8100-d500c0d203fc\"", created.ReadBodyAsText(), StringComparison.Ordinal);
        RawResponse refused = capture.Last!;
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("Evo", refused.Service);
        Assert.Equal("sessions/{sessionId}", refused.RouteTemplate);
        Assert.Contains("No such session", refused.ReadBodyAsText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OverACallersOwnHttpClient_RecordsTheAnswerAndStillReadsIt()
    {
        _server.Reply(TestClients.CallflowCreated());
        using var http = new HttpClient();
        var client = new VoiceClient(new VoiceClientOptions { ApiKey = TestClients.ApiKey, SubAccountId = TestClients.SubAccountId, BaseAddress = _server.BaseAddress }, http);
        using RawResponseCapture capture = RawResponseCapture.Start();

        CallflowResult result = await client.Callflows.SendAsync(TestClients.CallflowTo("6591234567")).WaitAsync(Hang);

        Assert.Equal("89b545a5-0676-11ee-8100-d500c0d203fc", result.CallFlowRequestId);
        Assert.Contains("d9874358-89ac-4c50-bbab-1eb634482a94", Assert.Single(capture.Responses).ReadBodyAsText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_LaterOperations_AreNotRecorded()
    {
        _server.DefaultReply = TestClients.CallflowCreated();
        using var services = TestClients.Build(_server.BaseAddress, _time);
        RawResponseCapture capture = RawResponseCapture.Start();
        await TestClients.Voice(services).Callflows.SendAsync(TestClients.CallflowTo("6591234567")).WaitAsync(Hang);

        capture.Dispose();
        await TestClients.Voice(services).Callflows.SendAsync(TestClients.CallflowTo("6591234567")).WaitAsync(Hang);

        Assert.Single(capture.Responses);
        Assert.Equal(2, _server.Requests.Count);
    }
}
