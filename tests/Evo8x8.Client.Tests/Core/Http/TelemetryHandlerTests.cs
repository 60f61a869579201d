using System.Text;
using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.Tests.Core.Http;

public sealed class TelemetryHandlerTests : IAsyncLifetime
{
    private const string Phone = "6591234567";
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

    private readonly ManualTimeProvider _time = new();
    private readonly LogCapture _logs = new();
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_FailingCalls_LogNoCredentialsOrFullPhoneNumbers()
    {
        _server.Reply(
            ScriptedReply.Json(400, $$"""{"sessionStatus":"NOT_CREATED","callFlowRequestId":"r-400","statusCode":-1001,"statusMessage":"Destination {{Phone}} is invalid"}"""),
            ScriptedReply.Text(503, "down") with { Headers = [("Retry-After", "0")] });
        _server.DefaultReply = ScriptedReply.Text(503, "down") with { Headers = [("Retry-After", "0")] };
        using var services = TestClients.Build(_server.BaseAddress, _time, _logs, more => more
            .AddEightByEightVoice("proxied", options =>
            {
                options.ApiKey = TestClients.ApiKey;
                options.SubAccountId = TestClients.SubAccountId;
                options.BaseAddress = _server.BaseAddress;
            })
            .AddHttpMessageHandler(() => new RefusingProxy()));

        Callflow callflow = TestClients.CallflowTo(Phone);
        await Assert.ThrowsAsync<VoiceApiException>(() => TestClients.Voice(services).Callflows.SendAsync(callflow).WaitAsync(Hang));
        await Assert.ThrowsAsync<Evo8x8TransportException>(
            () => services.GetRequiredService<IVoiceClientFactory>().Create("proxied").Callflows.SendAsync(callflow).WaitAsync(Hang));
        await Assert.ThrowsAnyAsync<Evo8x8ApiException>(
            () => TestClients.EvoSessions(services).GetAsync(Phone).WaitAsync(Hang));

        string logs = _logs.All;
        Assert.Contains("8x8 POST api/v1/subaccounts/{subAccountId}/callflows answered 400", logs, StringComparison.Ordinal);
        Assert.Contains("Proxy refused the call to +** **** **67", logs, StringComparison.Ordinal);
        Assert.Contains("Evo GET sessions/{sessionId} answered 503", logs, StringComparison.Ordinal);
        string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestClients.EvoUserName}:{TestClients.EvoPassword}"));
        Assert.DoesNotContain(TestClients.ApiKey, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.EvoPassword, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(basic, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("9123 4567", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_CallflowAccepted_LogsRouteStatusAttemptAndRequestId()
    {
        _server.Reply(TestClients.CallflowCreated());
        using var services = TestClients.Build(_server.BaseAddress, _time, _logs);

        await TestClients.Voice(services).Callflows.SendAsync(TestClients.CallflowTo(Phone)).WaitAsync(Hang);

        string line = Assert.Single(_logs.Lines, l => l.Contains("answered", StringComparison.Ordinal));
        Assert.StartsWith("Information Evo8x8.Client: 8x8 POST api/v1/subaccounts/{subAccountId}/callflows answered 200 in ", line, StringComparison.Ordinal);
        Assert.Contains("(attempt 1, request id 89b545a5-0676-11ee-8100-d500c0d203fc)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_AnswerWithoutRequestId_LogsNoEmptyRequestId()
    {
        _server.Reply(ScriptedReply.Json(200, "{}"));
        using var services = TestClients.Build(_server.BaseAddress, _time, _logs);

        await TestClients.EvoSessions(services).ListAsync().GetPageAsync().WaitAsync(Hang);

        string line = Assert.Single(_logs.Lines, l => l.Contains("answered", StringComparison.Ordinal));
        Assert.Contains("answered 200 in ", line, StringComparison.Ordinal);
        Assert.Contains("(attempt 1) |", line, StringComparison.Ordinal);
        Assert.DoesNotContain("request id", line, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> BrokenRequestIds => new()
    {
        { "lone surrogate", Encoding.UTF8.GetBytes(CreatedWithRequestId("r-\\uD800-1")) },
        { "invalid UTF-8", [.. Encoding.UTF8.GetBytes(CreatedWithRequestId("r-")).TakeWhile(b => b != (byte)'#'), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(CreatedWithRequestId("r-")).SkipWhile(b => b != (byte)'#').Skip(1)] },
    };

    [Theory]
    [MemberData(nameof(BrokenRequestIds))]
    public async Task SendAsync_CreatedWithABrokenRequestId_ReturnsTheResultOnBothPaths(string broken, byte[] body)
    {
        _server.DefaultReply = ScriptedReply.Json(200, string.Empty) with { BodyBytes = body };
        using var services = TestClients.Build(_server.BaseAddress, _time, _logs);
        using var plainHttp = new HttpClient();
        var plain = new VoiceClient(new VoiceClientOptions { ApiKey = TestClients.ApiKey, SubAccountId = TestClients.SubAccountId, BaseAddress = _server.BaseAddress }, plainHttp);

        CallflowResult injected = await TestClients.Voice(services).Callflows.SendAsync(TestClients.CallflowTo(Phone)).WaitAsync(Hang);
        CallflowResult direct = await plain.Callflows.SendAsync(TestClients.CallflowTo(Phone)).WaitAsync(Hang);

        foreach (CallflowResult result in (CallflowResult[])[injected, direct])
        {
            Assert.Equal("d9874358-89ac-4c50-bbab-1eb634482a94", result.SessionId);
            Assert.Equal(CallflowSessionStatus.Created, result.SessionStatus);
            Assert.StartsWith("r-", result.CallFlowRequestId, StringComparison.Ordinal);
        }

        Assert.Contains(_logs.Lines, l => l.Contains("callflows answered 200", StringComparison.Ordinal) && l.Contains("request id r-", StringComparison.Ordinal));
        Assert.NotEmpty(broken);
    }

    [Fact]
    public async Task SendAsync_RetriedGet_LogsEachAttemptAndTheRetry()
    {
        _server.Reply(ScriptedReply.Text(502, "bad gateway") with { Headers = [("Retry-After", "4")] }, ScriptedReply.Json(200, "{}"));
        using var services = TestClients.Build(_server.BaseAddress, _time, _logs);

        Task call = TestClients.EvoSessions(services).ListAsync().GetPageAsync();
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(4));
        _time.Advance(TimeSpan.FromSeconds(4));
        await call.WaitAsync(Hang);

        Assert.Contains(_logs.Lines, l => l.StartsWith("Warning Evo8x8.Client: Evo GET sessions answered 502", StringComparison.Ordinal) && l.Contains("(attempt 1)", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, l => l.StartsWith("Information Evo8x8.Client: Evo GET sessions is sent again in 4000 ms after 502 (retry 1 of 3)", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, l => l.StartsWith("Information Evo8x8.Client: Evo GET sessions answered 200", StringComparison.Ordinal) && l.Contains("(attempt 2)", StringComparison.Ordinal));
    }

    [Fact]
    public void Describe_ExceptionChainWithPhoneNumber_MasksItAndNamesEachCause()
    {
        var error = new HttpRequestException("Call to 0044 20 7946 0958 failed", new IOException("reset"));

        Assert.Equal("HttpRequestException: Call to **** ** **** **58 failed <- IOException: reset", TelemetryHandler.Describe(error, SecretMask.None));
    }

    // '#' marks where the invalid bytes go.
    private static string CreatedWithRequestId(string requestId)
        => $$"""{"sessionId":"d9874358-89ac-4c50-bbab-1eb634482a94","sessionStatus":"CREATED","callFlowRequestId":"{{requestId}}#","statusCode":1,"statusMessage":"Created"}""";

    /// <summary>A handler of the application's own that fails with a message quoting a phone number.</summary>
    private sealed class RefusingProxy : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => throw new HttpRequestException("Proxy refused the call to +65 9123 4567");
    }
}
