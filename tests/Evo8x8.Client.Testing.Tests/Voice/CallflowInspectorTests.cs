using System.Net;
using System.Text.Json;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Testing.Tests.Voice;

/// <summary>Raw callflows posted over plain HTTP, bypassing the builder: the emulator's own server-side answers.</summary>
public sealed class CallflowInspectorTests
{
    public static TheoryData<string, int, int, string, string> Refusals => new()
    {
        { "invalid-json.json", 400, -1001, "Invalid JSON request body", "$ (line" },
        { "seed-001-playfile-request-trailing-comma.json", 400, -1001, "Invalid JSON request body", "$ (line" },
        { "unknown-action.json", 400, -1007, "$.callflow[1].action should be one of: makeCall,say,playFile,sayAndCapture,hangup", "$.callflow[1].action" },
        { "say-without-text.json", 400, -1009, "Invalid call flow entry provided. $.callflow[1].params.text: is missing but it is required", "$.callflow[1].params.text" },
        { "text-as-number.json", 400, -1009, "Invalid call flow entry provided. $.callflow[1].params.text: integer found, string expected", "$.callflow[1].params.text" },
        { "repetition-above-three.json", 400, -1009, "Invalid call flow entry provided. $.callflow[1].params.repetition: must have a maximum value of 3", "$.callflow[1].params.repetition" },
        { "first-action-say.json", 422, -1013, "Invalid Callflow : First action should be a MakeCall action", "$.callflow[0].action" },
        { "three-makecalls.json", 422, -1010, "Some actions are provided beyond the allowed count", "$.callflow[2].action" },
        { "hangup-before-say.json", 422, -1012, "Invalid Callflow : Incorrect use of action Hangup", "$.callflow[1].action" },
        { "two-destinations.json", 422, -1011, "Multiple destination phone numbers found in the request", "$.callflow[0].params.destination" },
        { "destination-not-msisdn.json", 422, -1017, "Invalid MSISDN format in Destination", "$.callflow[0].params.destination" },
        { "unknown-voice-profile.json", 422, -1002, "Speech profile or language parameter invalid", "$.callflow[1].params.voiceProfile" },
        { "control-character.json", 422, -1016, "Invalid Callflow Content: Some special characters are invalid/unaccepted", "$.callflow[1].params.text" },
        { "min-digits-without-max-digits.json", 422, -1003, "Valid maxDigits required when minDigits provided", ".params.maxDigits" },
        { "digit-timeout-without-overall-timeout.json", 422, -1005, "Valid overallTimeout is required when digitTimeout provided", ".params.overallTimeout" },
        { "overall-timeout-not-above-digit-timeout.json", 422, -1006, "OverallTimeout should be greater than digitTimeout", ".params.overallTimeout" },
        { "complete-on-hash-false-without-max-digits.json", 422, -1008, "Valid maxDigits is required when completeOnHash is false", ".params.maxDigits" },
        { "valid-until-passed.json", 422, -1015, "The validity period of the call flow request has expired", "$.validUntil" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task SendCallflow_InvalidRawFlow_AnswersTheServerCodeWithTheJsonPathAndNotCreated(string fixture, int httpStatus, int statusCode, string statusMessage, string jsonPath)
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (int status, JsonElement body) = await PostAsync(raw, emulator, fixture);

        Assert.Equal(httpStatus, status);
        Assert.Equal(statusCode, body.GetProperty("statusCode").GetInt32());
        string message = body.GetProperty("statusMessage").GetString()!;
        Assert.StartsWith(statusMessage, message, StringComparison.Ordinal);
        Assert.Contains(jsonPath, message, StringComparison.Ordinal);
        EmulatorDiagnostic diagnostic = Assert.Single(emulator.Diagnostics);
        Assert.Equal((EmulatorRoute.SendCallflow, httpStatus, statusCode, message), (diagnostic.Route, diagnostic.HttpStatus!.Value, diagnostic.StatusCode, diagnostic.Message));
        Assert.Contains(jsonPath, diagnostic.JsonPath, StringComparison.Ordinal);
        Assert.Equal("NOT_CREATED", body.GetProperty("sessionStatus").GetString());
        Assert.True(Guid.TryParse(body.GetProperty("callFlowRequestId").GetString(), out _));
        Assert.False(body.TryGetProperty("sessionId", out _));
        Assert.Empty(emulator.Deliveries);
    }

    [Fact]
    public async Task SendCallflow_UnknownVoice_MessageAndDiagnosticNameTheVoiceAndItsPath()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (_, JsonElement body) = await PostAsync(raw, emulator, "unknown-voice-profile.json");

        Assert.Contains("$.callflow[1].params.voiceProfile = 'xx-XX-Nobody'", body.GetProperty("statusMessage").GetString(), StringComparison.Ordinal);
        Assert.Contains("en-US-JennyNeural", body.GetProperty("statusMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(("xx-XX-Nobody", "$.callflow[1].params.voiceProfile"), (emulator.Diagnostics[0].Value, emulator.Diagnostics[0].JsonPath));
    }

    [Fact]
    public async Task SendCallflow_MakeCallWithCallRecording_IsCreated()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (int status, JsonElement body) = await PostAsync(raw, emulator, "ivr-with-call-recording.json");

        Assert.Equal((200, "CREATED"), (status, body.GetProperty("sessionStatus").GetString()));
        Assert.Empty(emulator.Diagnostics);
    }

    [Theory]
    [InlineData("seed-001-tts-request.json")]
    [InlineData("ivr-menu.json")]
    public async Task SendCallflow_ValidRawFlow_IsCreatedWithASessionId(string fixture)
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (int status, JsonElement body) = await PostAsync(raw, emulator, fixture);

        Assert.Equal(200, status);
        Assert.Equal("CREATED", body.GetProperty("sessionStatus").GetString());
        Assert.Equal(1, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("Created", body.GetProperty("statusMessage").GetString());
        Assert.True(Guid.TryParse(body.GetProperty("sessionId").GetString(), out _));
    }

    [Fact]
    public async Task SendCallflow_SourceNotAllowed_Answers1014()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions { AllowedSources = ["+6511111111"] });
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (int status, JsonElement body) = await PostAsync(raw, emulator, "ivr-menu.json");

        Assert.Equal(422, status);
        Assert.Equal(-1014, body.GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task SendAsync_SdkValidationOffAndFirstActionSay_SurfacesTheEmulatorsCodeAsVoiceApiException()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        VoiceClientOptions options = emulator.CreateVoiceClientOptions();
        options.ValidateCallflows = false;
        VoiceClient client = EmulatorHttp.Sdk(emulator, options);
        var flow = new Callflow([new SayAction("Hello", "en-GB-Emma"), new HangupAction()]);

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => client.Callflows.SendAsync(flow));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.HttpStatus);
        Assert.Equal(CallflowStatusCode.FirstActionNotMakeCall, error.StatusCode);
        Assert.Equal(CallflowSessionStatus.NotCreated, error.SessionStatus);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    private static async Task<(int Status, JsonElement Body)> PostAsync(HttpClient raw, Evo8x8Emulator emulator, string fixture)
    {
        using StringContent content = EmulatorHttp.Json(Fixtures.Read($"Voice/Fixtures/{fixture}"));
        using HttpResponseMessage response = await raw.PostAsync(EmulatorHttp.VoicePath(emulator, "callflows"), content);
        return await EmulatorHttp.ReadAsync(response);
    }
}
