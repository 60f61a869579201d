using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Tests.Voice;

/// <summary>The callflows client against a real HTTP server on 127.0.0.1.</summary>
public sealed class CallflowsApiTests : IAsyncLifetime
{
    private const string ApiKey = "sk-test-0123456789abcdef";
    private LoopbackServer _server = null!;
    private VoiceClient _client = null!;

    public static TheoryData<int, string, int, string, string> ErrorAnswers => new()
    {
        { 400, "response-400.json", -1007, "$.callflow[0].action should be one of: say,playFile,sayAndCapture", "c6e6dee5-3846-11ef-9e95-b903e2ed7273" },
        { 401, "response-401.json", 401, "Authentication header not found or token invalid", "fd2fc658-3845-11ef-9e95-b903e2ed7273" },
        { 404, "response-404.json", 404, "SubAccount not found by Id : 8x8_Testing", "9e209996-3845-11ef-9e95-b903e2ed7273" },
        { 422, "response-422.json", -1013, "Invalid Callflow : First action should be a MakeCall action", "767ca1b8-3846-11ef-9e95-b903e2ed7273" },
        { 500, "response-500.json", 500, "Internal server error", "767ca1b8-3846-11ef-9e95-b903e2ed7273" },
    };

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _client = new VoiceClient(new VoiceClientOptions { ApiKey = ApiKey, SubAccountId = "8x8_test", BaseAddress = _server.BaseAddress });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_Created_PostsTheCallflowWithBearerAuthAndReturnsTheSession()
    {
        _server.Reply(ScriptedReply.Fixture(200, "Voice/Fixtures/response-created.json"));

        CallflowResult result = await _client.Callflows.SendAsync(VoiceMessage());

        RecordedRequest request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api/v1/subaccounts/8x8_test/callflows", request.Path);
        Assert.Equal($"Bearer {ApiKey}", request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Fixtures.AssertJsonEqual(
            """{"callflow":[{"action":"makeCall","params":{"source":"+6512341234","destination":"+6512345678"}},{"action":"say","params":{"text":"Hello","voiceProfile":"en-US-JennyNeural"}},{"action":"hangup"}]}""",
            request.Body);
        Assert.Contains("\"source\":\"+6512341234\"", request.Body, StringComparison.Ordinal);
        Assert.Equal("d9874358-89ac-4c50-bbab-1eb634482a94", result.SessionId);
        Assert.Equal(CallflowSessionStatus.Created, result.SessionStatus);
        Assert.Equal("89b545a5-0676-11ee-8100-d500c0d203fc", result.CallFlowRequestId);
        Assert.Equal(CallflowStatusCode.Created, result.StatusCode);
        Assert.Equal("Created", result.StatusMessage);
    }

    [Fact]
    public async Task SendAsync_AnswerIsTheJsonLiteralNull_ThrowsATypedErrorNamingTheSession()
    {
        _server.Reply(ScriptedReply.Json(200, "null"));

        var ex = await Assert.ThrowsAnyAsync<Evo8x8ApiException>(() => _client.Callflows.SendAsync(VoiceMessage()));

        Assert.Equal("8x8 answered with the JSON literal null instead of the created session.", ex.Message);
        Assert.Equal(HttpStatusCode.OK, ex.HttpStatus);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(400)]
    public async Task SendAsync_NotCreated_ThrowsVoiceApiExceptionWithTheCode(int status)
    {
        _server.Reply(ScriptedReply.Fixture(status, "Voice/Fixtures/response-not-created-1002.json"));

        VoiceApiException ex = await Assert.ThrowsAsync<VoiceApiException>(() => _client.Callflows.SendAsync(VoiceMessage()));

        Assert.Equal((HttpStatusCode)status, ex.HttpStatus);
        Assert.Equal(CallflowStatusCode.InvalidSpeechProfile, ex.StatusCode);
        Assert.Equal("Speech profile or language parameter invalid", ex.StatusCode?.Description);
        Assert.Equal(CallflowSessionStatus.NotCreated, ex.SessionStatus);
        Assert.Equal("0564e804-0a7e-11ee-9c83-6df9c048a122", ex.RequestId);
        Assert.Equal("Speech profile or language parameter invalid", ex.ServiceMessage);
        Assert.Equal("-1002", ex.ErrorCode);
    }

    [Theory]
    [MemberData(nameof(ErrorAnswers))]
    public async Task SendAsync_HttpError_ThrowsVoiceApiExceptionWithStatusCodeMessageAndRequestId(
        int status, string fixture, int statusCode, string statusMessage, string requestId)
    {
        _server.Reply(ScriptedReply.Fixture(status, $"Voice/Fixtures/{fixture}"));

        VoiceApiException ex = await Assert.ThrowsAsync<VoiceApiException>(() => _client.Callflows.SendAsync(VoiceMessage()));

        Assert.Equal((HttpStatusCode)status, ex.HttpStatus);
        Assert.Equal(new CallflowStatusCode(statusCode), ex.StatusCode);
        Assert.Equal(CallflowSessionStatus.NotCreated, ex.SessionStatus);
        Assert.Equal(statusMessage, ex.ServiceMessage);
        Assert.Equal(requestId, ex.RequestId);
        Assert.Contains(statusMessage, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"HTTP {status}", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ProxyHtmlPage_ThrowsSayingTheBodyIsNotJson()
    {
        _server.Reply(ScriptedReply.Text(502, Fixtures.Read("Voice/Fixtures/response-502-proxy.html")));

        Evo8x8ApiException ex = await Assert.ThrowsAsync<Evo8x8ApiException>(() => _client.Callflows.SendAsync(VoiceMessage()));

        Assert.IsNotType<VoiceApiException>(ex);
        Assert.Equal(HttpStatusCode.BadGateway, ex.HttpStatus);
        Assert.Contains("HTTP 502", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not the service's JSON error (text/html)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("502 Bad Gateway", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SuccessBodyThatIsNotJson_ThrowsTypedError()
    {
        _server.Reply(ScriptedReply.Text(200, "OK", "text/plain"));

        Evo8x8TransportException ex = await Assert.ThrowsAsync<Evo8x8TransportException>(() => _client.Callflows.SendAsync(VoiceMessage()));

        Assert.Equal(HttpStatusCode.OK, ex.HttpStatus);
        Assert.Equal(RequestDelivery.AnsweredUnreadable, ex.Delivery);
        Assert.Contains("with HTTP 200 (OK) but the answer is not the JSON expected at JSON path $", ex.Message, StringComparison.Ordinal);
        Assert.Contains("may exist", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CallflowResult", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_CancelledWhileWaiting_StopsPromptly()
    {
        _server.Reply(ScriptedReply.Fixture(200, "Voice/Fixtures/response-created.json") with { Delay = TimeSpan.FromSeconds(30) });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Task send = _client.Callflows.SendAsync(VoiceMessage(), cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
    }

    [Fact]
    public async Task SendAsync_AlreadyCancelled_SendsNothing()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _client.Callflows.SendAsync(VoiceMessage(), new CancellationToken(canceled: true)));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_InvalidCallflow_ThrowsBeforeSendingAnything()
    {
        var invalid = new Callflow([new SayAction("Hi", "en-US-JennyNeural")]);

        CallflowValidationException ex = await Assert.ThrowsAsync<CallflowValidationException>(() => _client.Callflows.SendAsync(invalid));

        Assert.Equal(CallflowStatusCode.FirstActionNotMakeCall, Assert.Single(ex.Problems).PreventedStatusCode);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_ClientWithKnownVoiceProfiles_RefusesAnUnknownProfileBeforeSending()
    {
        var validation = new CallflowValidationOptions { KnownVoiceProfiles = new HashSet<string>(StringComparer.Ordinal) { "en-GB-Emma" } };
        var client = new VoiceClient(new VoiceClientOptions { ApiKey = ApiKey, SubAccountId = "8x8_test", BaseAddress = _server.BaseAddress }, validation);

        CallflowValidationException ex = await Assert.ThrowsAsync<CallflowValidationException>(() => client.Callflows.SendAsync(VoiceMessage()));

        CallflowProblem problem = Assert.Single(ex.Problems);
        Assert.Equal(CallflowStatusCode.InvalidSpeechProfile, problem.PreventedStatusCode);
        Assert.Equal("$.callflow[1].params.voiceProfile", problem.Path);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_ValidationTurnedOff_LetsTheServerJudge()
    {
        var client = new VoiceClient(new VoiceClientOptions { ApiKey = ApiKey, SubAccountId = "8x8_test", BaseAddress = _server.BaseAddress, ValidateCallflows = false });
        _server.Reply(ScriptedReply.Fixture(422, "Voice/Fixtures/response-422.json"));

        VoiceApiException ex = await Assert.ThrowsAsync<VoiceApiException>(
            () => client.Callflows.SendAsync(new Callflow([new SayAction("Hi", "en-US-JennyNeural")])));

        Assert.Equal(CallflowStatusCode.FirstActionNotMakeCall, ex.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_ServerUnreachable_ThrowsTypedErrorNamingTheRoute()
    {
        Uri closed = _server.BaseAddress;
        await _server.DisposeAsync();
        _server = await LoopbackServer.StartAsync();
        var client = new VoiceClient(new VoiceClientOptions { ApiKey = ApiKey, SubAccountId = "8x8_test", BaseAddress = closed });

        Evo8x8TransportException ex = await Assert.ThrowsAsync<Evo8x8TransportException>(() => client.Callflows.SendAsync(VoiceMessage()));

        Assert.Null(ex.HttpStatus);
        Assert.Equal(RequestDelivery.NotSent, ex.Delivery);
        Assert.Contains("8x8 could not be reached for POST api/v1/subaccounts/{subAccountId}/callflows", ex.Message, StringComparison.Ordinal);
    }

    private static Callflow VoiceMessage()
        => new CallflowBuilder().MakeCall("+6512341234", "+6512345678").Say("Hello", "en-US-JennyNeural").Hangup().Build();
}
