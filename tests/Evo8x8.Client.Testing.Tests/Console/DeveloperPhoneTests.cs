using System.Net;
using Evo8x8.Client.Testing.Console;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using NodaTime;

namespace Evo8x8.Client.Testing.Tests.Console;

/// <summary>Being the callee with the typed methods and the control API: what a test scripts instead of clicking.</summary>
public sealed class DeveloperPhoneTests
{
    private const string Callee = "+6591234567";

    private static Callflow Menu(Duration? overallTimeout = null, bool? completeOnHash = null)
        => new CallflowBuilder()
            .MakeCall(source: "+6588000000", destination: Callee)
            .Add(new SayAndCaptureAction("Enter your account number, then hash.", "en-US-JennyNeural")
            {
                MinDigits = 1,
                MaxDigits = 6,
                OverallTimeout = overallTimeout,
                CompleteOnHash = completeOnHash,
            })
            .Build();

    [Fact]
    public async Task Press_DigitsThenHash_AppGetsTheDigitsWithoutTheHash()
    {
        await using IvrCall call = await IvrCall.StartAsync();
        call.Emulator.Console.TakeCallsTo(Callee);
        string sessionId = await call.SendAsync(Menu());

        await call.WaitForAsync(ConsoleEventKind.Ringing, sessionId);
        call.Emulator.Console.Respond(sessionId, CalleeResponse.Answer);
        await call.WaitForAsync(ConsoleEventKind.CaptureWaiting, sessionId);
        call.Emulator.Console.Press(sessionId, "42");
        call.Emulator.Console.Press(sessionId, "#");
        SessionSummaryEvent summary = await call.Emulator.WaitForSummaryAsync(sessionId, EmulatorHttp.Patience());

        CallActionEvent action = Assert.IsType<CallActionEvent>(call.Emulator.Deliveries.Single(d => d.EventType == WebhookEventType.CallAction).Event);
        Assert.Equal("42", action.Payload.Dtmf);
        Assert.Equal(VoiceSessionStatus.Completed, summary.Payload.SessionStatus);
        Assert.Contains(call.Emulator.Console.Timeline(sessionId), e => e.Kind == ConsoleEventKind.KeysCaptured && e.Summary == "Keys 42 go to the app");
    }

    [Fact]
    public async Task Press_NothingBeforeTheOverallTimeout_AppGetsAnEmptyDtmf()
    {
        await using IvrCall call = await IvrCall.StartAsync();
        call.Emulator.Console.TakesAllCalls = true;
        string sessionId = await call.SendAsync(Menu(overallTimeout: Duration.FromMilliseconds(300)));

        await call.WaitForAsync(ConsoleEventKind.Ringing, sessionId);
        call.Emulator.Console.Respond(sessionId, CalleeResponse.Answer);
        await call.Emulator.WaitForSummaryAsync(sessionId, EmulatorHttp.Patience());

        CallActionEvent action = Assert.IsType<CallActionEvent>(call.Emulator.Deliveries.Single(d => d.EventType == WebhookEventType.CallAction).Event);
        Assert.Equal(string.Empty, action.Payload.Dtmf);
    }

    [Fact]
    public async Task Press_HashWhenCompleteOnHashIsFalse_IsAKeyLikeAnyOther()
    {
        await using IvrCall call = await IvrCall.StartAsync();
        call.Emulator.Console.TakeCallsTo(Callee);
        string sessionId = await call.SendAsync(Menu(overallTimeout: Duration.FromMilliseconds(500), completeOnHash: false));

        await call.WaitForAsync(ConsoleEventKind.Ringing, sessionId);
        call.Emulator.Console.Respond(sessionId, CalleeResponse.Answer);
        await call.WaitForAsync(ConsoleEventKind.CaptureWaiting, sessionId);
        call.Emulator.Console.Press(sessionId, "7#");
        await call.Emulator.WaitForSummaryAsync(sessionId, EmulatorHttp.Patience());

        CallActionEvent action = Assert.IsType<CallActionEvent>(call.Emulator.Deliveries.Single(d => d.EventType == WebhookEventType.CallAction).Event);
        Assert.Equal("7#", action.Payload.Dtmf);
    }

    [Theory]
    [InlineData("reject", "BUSY", 603)]
    [InlineData("busy", "BUSY", 486)]
    [InlineData("no-answer", "NO_ANSWER", 480)]
    public async Task RingingCall_DeclinedThroughTheControlApi_EndsAs8x8ReportsIt(string button, string sessionStatus, int sipCode)
    {
        await using IvrCall call = await IvrCall.StartAsync();
        call.Emulator.Console.TakeCallsTo(Callee);
        string sessionId = await call.SendAsync(Menu());
        await call.WaitForAsync(ConsoleEventKind.Ringing, sessionId);
        using var api = new ConsoleApi(call.Emulator);

        (HttpStatusCode status, _) = await api.PostAsync($"calls/{sessionId}/{button}");
        SessionSummaryEvent summary = await call.Emulator.WaitForSummaryAsync(sessionId, EmulatorHttp.Patience());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(sessionStatus, summary.Payload.SessionStatus?.Value);
        CallStatusEvent disconnected = call.Emulator.Deliveries.Select(d => d.Event).OfType<CallStatusEvent>().Last();
        Assert.Equal(sipCode, disconnected.Payload.SipCode);
        Assert.DoesNotContain(call.Emulator.Deliveries, d => d.EventType == WebhookEventType.CallAction);
    }

    [Fact]
    public async Task HangUp_WhileTheMenuWaits_CallEndsCompletedWithoutAKeyPress()
    {
        await using IvrCall call = await IvrCall.StartAsync();
        call.Emulator.Console.TakeCallsTo(Callee);
        string sessionId = await call.SendAsync(Menu());
        await call.WaitForAsync(ConsoleEventKind.Ringing, sessionId);
        using var api = new ConsoleApi(call.Emulator);

        await api.PostAsync($"calls/{sessionId}/answer");
        await call.WaitForAsync(ConsoleEventKind.CaptureWaiting, sessionId);
        (HttpStatusCode status, _) = await api.PostAsync($"calls/{sessionId}/hang-up");
        SessionSummaryEvent summary = await call.Emulator.WaitForSummaryAsync(sessionId, EmulatorHttp.Patience());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(VoiceSessionStatus.Completed, summary.Payload.SessionStatus);
        Assert.DoesNotContain(call.Emulator.Deliveries, d => d.EventType == WebhookEventType.CallAction);
    }

    [Fact]
    public async Task Keys_WhenNothingWaitsForThem_Answers409()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using var api = new ConsoleApi(emulator);

        (HttpStatusCode status, System.Text.Json.JsonElement body) = await api.PostAsync("calls/no-such-session/keys", """{"keys":"1"}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("no-such-session", body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => emulator.Console.Press("any", "A"));
    }

    /// <summary>An emulator with a receiver that answers every call action with 200 and no callflow, so the call simply goes on.</summary>
    private sealed class IvrCall : IAsyncDisposable
    {
        private IvrCall(Evo8x8Emulator emulator, LoopbackServer receiver)
        {
            Emulator = emulator;
            Receiver = receiver;
        }

        public Evo8x8Emulator Emulator { get; }

        public LoopbackServer Receiver { get; }

        public static async Task<IvrCall> StartAsync()
        {
            LoopbackServer receiver = await LoopbackServer.StartAsync();
            Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
            foreach (WebhookType type in new[] { WebhookType.CallAction, WebhookType.CallStatus, WebhookType.SessionSummary })
            {
                emulator.RegisterWebhook(type, new Uri(receiver.BaseAddress, "webhooks"));
            }

            return new IvrCall(emulator, receiver);
        }

        public async Task<string> SendAsync(Callflow callflow)
            => (await EmulatorHttp.Sdk(Emulator).Callflows.SendAsync(callflow)).SessionId!;

        public Task<ConsoleEvent> WaitForAsync(ConsoleEventKind kind, string sessionId)
            => Emulator.Console.WaitForEventAsync(e => e.Kind == kind && e.SessionId == sessionId, EmulatorHttp.Patience());

        public async ValueTask DisposeAsync()
        {
            await Emulator.DisposeAsync();
            await Receiver.DisposeAsync();
        }
    }
}
