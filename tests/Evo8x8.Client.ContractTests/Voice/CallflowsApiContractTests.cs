using System.Net;
using Evo8x8.Client.Voice;
using NodaTime.Text;

namespace Evo8x8.Client.ContractTests.Voice;

/// <summary><c>POST /callflows</c> against WireMock.Net: seed 001's request, the OpenAPI file's answers.</summary>
public sealed class CallflowsApiContractTests : IDisposable
{
    private readonly VoiceContract _voice = new();

    public static TheoryData<int, int, string, string> ErrorAnswers => new()
    {
        { 400, -1007, "$.callflow[0].action should be one of: say,playFile,sayAndCapture", "c6e6dee5-3846-11ef-9e95-b903e2ed7273" },
        { 401, 401, "Authentication header not found or token invalid", "fd2fc658-3845-11ef-9e95-b903e2ed7273" },
        { 404, 404, "SubAccount not found by Id : 8x8_Testing", "9e209996-3845-11ef-9e95-b903e2ed7273" },
        { 422, -1013, "Invalid Callflow : First action should be a MakeCall action", "767ca1b8-3846-11ef-9e95-b903e2ed7273" },
        { 500, 500, "Internal server error", "767ca1b8-3846-11ef-9e95-b903e2ed7273" },
    };

    [Fact]
    public async Task SendAsync_SeedVoiceMessage_PostsSeed001sBodyAndReadsTheCreatedSession()
    {
        _voice.Stub("POST", "/callflows", 200, "Send-Callflow.200.json");

        CallflowResult result = await _voice.Client.Callflows.SendAsync(Seed001VoiceMessage());

        _voice.AssertSingleRequest("POST", "/callflows", "Send-Callflow.request.json");
        Assert.Equal("03cc8cac-376b-11ef-a28b-0582ff0039d5", result.SessionId);
        Assert.Equal(CallflowSessionStatus.Created, result.SessionStatus);
        Assert.Equal("03cc3e8b-376b-11ef-a28b-4dd5d900ecb3", result.CallFlowRequestId);
        Assert.Equal(CallflowStatusCode.Created, result.StatusCode);
        Assert.Equal("Created", result.StatusMessage);
    }

    [Theory]
    [MemberData(nameof(ErrorAnswers))]
    public async Task SendAsync_OpenApiErrorExample_ThrowsVoiceApiExceptionWithItsFieldsAndSendsOnce(
        int status, int statusCode, string statusMessage, string requestId)
    {
        _voice.Stub("POST", "/callflows", status, $"Send-Callflow.{status}.json");

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => _voice.Client.Callflows.SendAsync(Seed001VoiceMessage()));

        _voice.AssertSingleRequest("POST", "/callflows", "Send-Callflow.request.json");
        Assert.Equal((HttpStatusCode)status, error.HttpStatus);
        Assert.Equal(statusCode, error.StatusCode?.Value);
        Assert.Equal(statusMessage, error.ServiceMessage);
        Assert.Equal(requestId, error.RequestId);
        Assert.Equal(CallflowSessionStatus.NotCreated, error.SessionStatus);
        Assert.DoesNotContain(VoiceContract.ApiKey, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _voice.Dispose();

    /// <summary>Seed 001's "Sample Request" (text-to-speech voice message), built with the SDK.</summary>
    private static Callflow Seed001VoiceMessage()
        => new CallflowBuilder(VoiceContract.Clock)
            .ValidUntil(InstantPattern.ExtendedIso.Parse("2024-07-03T05:59:32.226Z").Value)
            .MakeCall(source: "6512341234", destination: "6512345678")
            .Say("Hello, this is a test Voice Message.", "en-IE-EmilyNeural", repetition: 1, speed: 1)
            .Hangup()
            .Build();
}
