using System.Text.Json;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Testing.Tests.Voice.Calls;

/// <summary>Accepted callflows played out: what a webhook receiver gets, read as raw JSON.</summary>
public sealed class SimulatedSessionTests
{
    private const string Destination = "+6590000000";
    private const string HookAuthorization = "Bearer receiver-secret-123";

    private static Callflow VoiceMessage(string destination = Destination)
        => new CallflowBuilder()
            .MakeCall(source: "+6588000000", destination: destination)
            .Say("Hello, this is a reminder about your appointment tomorrow at 2 PM.", "en-GB-Emma")
            .Hangup()
            .Build();

    [Fact]
    public async Task NoAnswerRule_SummaryReachesTheReceiverAsNoAnswerWithTheConfiguredAuthorization()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.SessionSummary, new Uri(receiver.BaseAddress, "vss"), HookAuthorization);
        emulator.Rules.ForDestination(Destination, CallOutcome.NoAnswer);

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage());
        EmulatedWebhookDelivery delivery = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());

        Assert.True(delivery.Delivered);
        var posted = Assert.Single(receiver.Requests);
        Assert.Equal("/vss", posted.Path);
        Assert.Equal(HookAuthorization, posted.Header("Authorization"));
        using JsonDocument vss = JsonDocument.Parse(posted.Body);
        Assert.Equal("VOICE", vss.RootElement.GetProperty("namespace").GetString());
        Assert.Equal("SESSION_SUMMARY", vss.RootElement.GetProperty("eventType").GetString());
        JsonElement payload = vss.RootElement.GetProperty("payload");
        Assert.Equal(result.SessionId, payload.GetProperty("sessionId").GetString());
        Assert.Equal("NO_ANSWER", payload.GetProperty("sessionStatus").GetString());
        Assert.Equal("MAKE_CALL", payload.GetProperty("lastAction").GetString());
        JsonElement leg = payload.GetProperty("details").GetProperty("callA");
        Assert.Equal("NO_ANSWER", leg.GetProperty("callStatus").GetString());
        Assert.Equal(0, leg.GetProperty("callDuration").GetInt32());
        Assert.False(leg.TryGetProperty("connectedTimestamp", out _));
        Assert.DoesNotContain("receiver-secret-123", delivery.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answered_SummaryTimesAndIdsAgreeWithTheApiAnswerAndTheClock()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Clock.Advance(Duration.FromHours(1));

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage());
        EmulatedWebhookDelivery delivery = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());

        Assert.Null(delivery.Url);
        using JsonDocument vss = JsonDocument.Parse(delivery.Body);
        JsonElement payload = vss.RootElement.GetProperty("payload");
        JsonElement leg = payload.GetProperty("details").GetProperty("callA");
        Instant start = Time(payload, "startTime");
        Instant connected = Time(leg, "connectedTimestamp");
        Instant disconnected = Time(leg, "disconnectedTimestamp");
        Assert.Equal(EmulatorClock.DefaultStart + Duration.FromHours(1), start);
        Assert.Equal(start, Time(leg, "initiatedTimestamp"));
        Assert.True(connected > start);
        Assert.Equal(disconnected, Time(payload, "endTime"));
        Assert.Equal((disconnected - connected).TotalSeconds, leg.GetProperty("callDuration").GetDouble());
        Assert.Equal("COMPLETED", payload.GetProperty("sessionStatus").GetString());
        Assert.Equal("HANGUP", payload.GetProperty("lastAction").GetString());
        Assert.Equal(emulator.SubAccountId, payload.GetProperty("subAccountId").GetString());
        Assert.Equal("SG", leg.GetProperty("destinationCountryCode").GetString());
    }

    [Theory]
    [InlineData("seed-000-summary-success.json", CallOutcome.Answered)]
    [InlineData("seed-000-summary-failure.json", CallOutcome.InvalidNumber)]
    public async Task Summary_HasExactlyTheFieldsOfEightByEightsSample(string sample, CallOutcome outcome)
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Rules.DefaultOutcome = outcome;

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage());
        EmulatedWebhookDelivery delivery = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());

        using JsonDocument expected = JsonDocument.Parse(Fixtures.Read($"Voice/Calls/Fixtures/{sample}"));
        using JsonDocument actual = JsonDocument.Parse(delivery.Body);
        Assert.Equal(Shape(expected.RootElement), Shape(actual.RootElement));
    }

    [Fact]
    public async Task InvalidNumber_SummaryIsErrorWithNoCoverageDetails()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Rules.ForDestination("6599999999", CallOutcome.InvalidNumber);

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage("+6599999999"));
        EmulatedWebhookDelivery delivery = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());

        using JsonDocument vss = JsonDocument.Parse(delivery.Body);
        JsonElement payload = vss.RootElement.GetProperty("payload");
        Assert.Equal("ERROR", payload.GetProperty("sessionStatus").GetString());
        Assert.Equal(-2004, payload.GetProperty("errorDetails").GetProperty("errorCode").GetInt32());
        Assert.Equal("No coverage available for requested area", payload.GetProperty("errorDetails").GetProperty("errorMsg").GetString());
    }

    [Theory]
    [InlineData(CallOutcome.Busy, "BUSY")]
    [InlineData(CallOutcome.Failed, "FAILED")]
    public async Task UnansweredOutcomes_SummaryCarriesTheirStatus(CallOutcome outcome, string status)
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Rules.ForDestination(Destination, outcome);

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage());
        EmulatedWebhookDelivery delivery = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());

        using JsonDocument vss = JsonDocument.Parse(delivery.Body);
        Assert.Equal(status, vss.RootElement.GetProperty("payload").GetProperty("sessionStatus").GetString());
    }

    [Fact]
    public async Task CallStatusWebhook_ReceivesInitiatedConnectedDisconnectedInOrder()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.CallStatus, new Uri(receiver.BaseAddress, "vcs"));

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage());
        await emulator.WaitForSummaryAsync(result.SessionId!, EmulatorHttp.Patience());

        string[] statuses = [.. receiver.Requests.Select(r => Payload(r.Body, "callStatus") ?? "(none)")];
        Assert.Equal(["CALL_INITIATED", "CALL_CONNECTED", "CALL_DISCONNECTED"], statuses);
        Assert.All(receiver.Requests, r => Assert.Equal(result.SessionId, Payload(r.Body, "sessionId")));
        Assert.All(receiver.Requests, r => Assert.Null(r.Header("Authorization")));
    }

    [Fact]
    public async Task SayAndCapture_PressedDigitsGoToTheCallActionWebhookAndItsAnswerContinuesTheCall()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        receiver.DefaultReply = ScriptedReply.Json(200, """{"clientActionId":"menu-2","callflow":[{"action":"say","params":{"text":"Connecting you to support.","voiceProfile":"en-GB-Emma"}},{"action":"hangup"}]}""");
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.CallAction, new Uri(receiver.BaseAddress, "vca"));
        emulator.Rules.ForDestination(Destination, CallOutcome.Answered, "2");
        Callflow ivr = new CallflowBuilder()
            .MakeCall(source: "+6588000000", destination: Destination)
            .SayAndCapture("Press 1 for sales, 2 for support.", "en-GB-Emma", minDigits: 1, maxDigits: 1)
            .Build();

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(ivr);
        EmulatedWebhookDelivery summary = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());

        var action = Assert.Single(receiver.Requests);
        using JsonDocument vca = JsonDocument.Parse(action.Body);
        Assert.Equal("CALL_ACTION", vca.RootElement.GetProperty("eventType").GetString());
        Assert.Equal("2", vca.RootElement.GetProperty("payload").GetProperty("eventData").GetProperty("dtmf").GetString());
        Assert.Equal("HANGUP", Payload(summary.Body, "lastAction"));
        Assert.Equal("COMPLETED", Payload(summary.Body, "sessionStatus"));
    }

    [Fact]
    public async Task SayAndCapture_InvalidCallActionAnswer_EndsTheSessionInErrorMinus2003()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        receiver.DefaultReply = ScriptedReply.Json(200, """{"callflow":[{"action":"dance"}]}""");
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.CallAction, new Uri(receiver.BaseAddress, "vca"));
        Callflow ivr = new CallflowBuilder()
            .MakeCall(source: "+6588000000", destination: Destination)
            .SayAndCapture("Press 1.", "en-GB-Emma", minDigits: 1, maxDigits: 1)
            .Build();

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(ivr);
        EmulatedWebhookDelivery summary = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());

        using JsonDocument vss = JsonDocument.Parse(summary.Body);
        Assert.Equal("ERROR", vss.RootElement.GetProperty("payload").GetProperty("sessionStatus").GetString());
        Assert.Equal(-2003, vss.RootElement.GetProperty("payload").GetProperty("errorDetails").GetProperty("errorCode").GetInt32());
        EmulatorDiagnostic problem = Assert.Single(emulator.Diagnostics);
        Assert.Equal((result.SessionId, -1007, "$.callflow[0].action", "dance"), (problem.SessionId, problem.StatusCode, problem.JsonPath, problem.Value));
        Assert.Contains("-2003", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_ReceiverAnswers500_IsRecordedAsNotDelivered()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        receiver.DefaultReply = ScriptedReply.Text(500, "boom", "text/plain");
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.SessionSummary, new Uri(receiver.BaseAddress, "vss"));

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage());
        EmulatedWebhookDelivery delivery = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());

        Assert.False(delivery.Delivered);
        Assert.Equal(500, delivery.ResponseStatus);
        Assert.Single(receiver.Requests);
    }

    private static Instant Time(JsonElement element, string name)
        => InstantPattern.General.Parse(element.GetProperty(name).GetString()!).Value;

    private static string? Payload(string body, string name)
    {
        using JsonDocument document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("payload").GetProperty(name).GetString();
    }

    /// <summary>Every property path, lower-cased (8x8's own samples mix <c>CallA</c>/<c>callA</c> and <c>SourceRefId</c>/<c>sourceRefId</c>).</summary>
    private static SortedSet<string> Shape(JsonElement element, string path = "$")
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                string child = $"{path}.{property.Name.ToLowerInvariant()}";
                paths.Add(child);
                paths.UnionWith(Shape(property.Value, child));
            }
        }

        return paths;
    }
}
