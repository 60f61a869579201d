using System.Text.Json;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Json;
using Evo8x8.Client.Voice.Webhooks;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

public sealed partial class WebhookModelFactoryTests
{
    [Fact]
    public void SessionSummaryEvent_SeedSuccess_EqualsParsedEvent()
    {
        SessionSummaryEvent built = WebhookModelFactory.SessionSummaryEvent(
            description: "Summary of a completed call session",
            payload: WebhookPayloadFactory.SessionSummaryPayload(
                sessionId: "1f048a84-ea6d-11ee-911b-078f7290bf52",
                subAccountId: "8x8_test",
                sessionStatus: VoiceSessionStatus.Completed,
                startTime: At("2024-03-25T06:01:30Z"),
                endTime: At("2024-03-25T06:01:50Z"),
                lastAction: "MAKE_CALL",
                callCount: 1,
                legs:
                [
                    WebhookPayloadFactory.CallLeg(
                        name: "CallA",
                        callId: "1f048a83-ea6d-11ee-911b-e9023a97c284",
                        callDirection: CallDirection.Outbound,
                        callType: CallType.Pstn,
                        initiatedTimestamp: At("2024-03-25T06:01:28Z"),
                        connectedTimestamp: At("2024-03-25T06:01:37Z"),
                        disconnectedTimestamp: At("2024-03-25T06:01:50Z"),
                        source: "+12314377870",
                        destination: "+6568332048",
                        sourceFormat: "MSISDN",
                        destinationFormat: "MSISDN",
                        sourceCountryCode: "US",
                        destinationCountryCode: "SG",
                        callStatus: CallStatus.Completed,
                        callDuration: Duration.FromSeconds(13),
                        callQuality: WebhookPayloadFactory.CallQuality(mos: 4.5, packetLossRate: 0, jitter: 20)),
                ]));

        AssertSameSummary(Parse<SessionSummaryEvent>("seed-000-vss-success.json"), built);
        Assert.Same(built.Payload.Legs[0], built.Payload.Legs["callA"]);
    }

    [Fact]
    public void SessionSummaryEvent_SeedFailure_EqualsParsedEvent()
    {
        SessionSummaryEvent built = WebhookModelFactory.SessionSummaryEvent(
            description: "Summary of a completed call session",
            payload: WebhookPayloadFactory.SessionSummaryPayload(
                sessionId: "47f19e66-2163-11ee-8ccd-27b543a164ea",
                subAccountId: "8x8_test",
                sessionStatus: VoiceSessionStatus.Error,
                startTime: At("2024-07-13T09:54:38Z"),
                endTime: At("2024-07-13T09:54:38Z"),
                lastAction: "MAKE_CALL",
                callCount: 1,
                errorDetails: WebhookPayloadFactory.SessionErrorDetails(
                    errorMessage: "No coverage available for requested area",
                    errorCode: VoiceSessionErrorCode.TextToSpeechFailed),
                legs:
                [
                    WebhookPayloadFactory.CallLeg(
                        name: "callA",
                        callId: "4809bb03-2163-11ee-8f06-8da8b5ddeca4",
                        callDirection: CallDirection.Outbound,
                        callType: CallType.Pstn,
                        initiatedTimestamp: At("2023-07-13T09:54:38Z"),
                        disconnectedTimestamp: At("2023-07-13T09:54:38Z"),
                        source: "+6568332048",
                        destination: "+6591178965",
                        sourceFormat: "MSISDN",
                        destinationFormat: "MSISDN",
                        sourceCountryCode: "SG",
                        destinationCountryCode: "SG",
                        sourceRefId: "PSTN1",
                        callStatus: CallStatus.Error,
                        callDuration: Duration.Zero),
                ]));

        AssertSameSummary(Parse<SessionSummaryEvent>("seed-000-vss-failure.json"), built);
    }

    [Fact]
    public void CallActionEvent_CallReceived_EqualsParsedEvent()
    {
        CallActionEvent built = WebhookModelFactory.CallActionEvent(
            description: "Incoming call received",
            payload: WebhookPayloadFactory.CallEventPayload(
                eventId: "5e6f7a8b-3f51-11ef-9e5c-3b1f0c0f6a10",
                callId: "7c3e2a10-3f51-11ef-8a11-55d2a4b0c9e1",
                sessionId: "7c3e1f22-3f51-11ef-8a11-1b2c3d4e5f60",
                subAccountId: "8x8_test",
                callStatus: CallStatus.CallReceived,
                callDirection: CallDirection.Inbound,
                callType: CallType.Pstn,
                source: "+6591178965",
                destination: "+6568332048",
                sourceFormat: "MSISDN",
                destinationFormat: "MSISDN",
                sourceCountryCode: "SG",
                destinationCountryCode: "SG",
                callDuration: Duration.Zero,
                timestamp: At("2024-07-08T10:15:21Z")));

        AssertSameEvent(Parse<CallActionEvent>("vca-call-received.json"), built);
    }

    [Fact]
    public void CallActionEvent_DtmfInEventData_EqualsParsedEventAndReadsDtmfFromEventData()
    {
        CallActionEvent built = WebhookModelFactory.CallActionEvent(
            description: "Action completed for the call",
            payload: WebhookPayloadFactory.CallEventPayload(
                eventId: "9b0c7a2e-3f51-11ef-9e5c-3b1f0c0f6a10",
                callId: "7c3e2a10-3f51-11ef-8a11-55d2a4b0c9e1",
                sessionId: "7c3e1f22-3f51-11ef-8a11-1b2c3d4e5f60",
                subAccountId: "8x8_test",
                callStatus: CallStatus.ActionCompleted,
                callDirection: CallDirection.Inbound,
                callType: CallType.Pstn,
                source: "+6591178965",
                destination: "+6568332048",
                sourceFormat: "MSISDN",
                destinationFormat: "MSISDN",
                sourceCountryCode: "SG",
                destinationCountryCode: "SG",
                destinationRefId: "VN-0042",
                callDuration: Duration.FromSeconds(21),
                eventData: WebhookPayloadFactory.CallEventData(dtmf: "2"),
                sipCode: 200,
                timestamp: At("2024-07-08T10:15:42.123Z"),
                clientActionId: "main-menu"));

        AssertSameEvent(Parse<CallActionEvent>("vca-dtmf-in-event-data.json"), built);
        Assert.Equal("2", built.Payload.Dtmf);
    }

    [Fact]
    public void CallActionEvent_DtmfInPayload_EqualsParsedEvent()
    {
        CallActionEvent built = WebhookModelFactory.CallActionEvent(
            description: "Action completed for the call",
            payload: WebhookPayloadFactory.CallEventPayload(
                eventId: "a1f3e9c4-3f51-11ef-9e5c-3b1f0c0f6a10",
                callId: "7c3e2a10-3f51-11ef-8a11-55d2a4b0c9e1",
                sessionId: "7c3e1f22-3f51-11ef-8a11-1b2c3d4e5f60",
                subAccountId: "8x8_test",
                callStatus: CallStatus.DtmfReceived,
                callDirection: CallDirection.Inbound,
                callType: CallType.Pstn,
                source: "+6591178965",
                destination: "+6568332048",
                dtmf: "1234#",
                timestamp: At("2024-07-08T10:15:50Z"),
                clientActionId: "pin-entry"));

        AssertSameEvent(Parse<CallActionEvent>("vca-dtmf-in-payload.json"), built);
        Assert.Equal("1234#", built.Payload.Dtmf);
    }

    [Fact]
    public void CallStatusEvent_CallConnected_EqualsParsedEvent()
    {
        CallStatusEvent built = WebhookModelFactory.CallStatusEvent(
            description: "Call status update",
            payload: WebhookPayloadFactory.CallEventPayload(
                eventId: "c0ffee00-3f52-11ef-9e5c-3b1f0c0f6a10",
                callId: "1f048a83-ea6d-11ee-911b-e9023a97c284",
                sessionId: "1f048a84-ea6d-11ee-911b-078f7290bf52",
                subAccountId: "8x8_test",
                callStatus: CallStatus.CallConnected,
                callDirection: CallDirection.Outbound,
                callType: CallType.Pstn,
                source: "+12314377870",
                destination: "+6568332048",
                sourceFormat: "MSISDN",
                destinationFormat: "MSISDN",
                sourceCountryCode: "US",
                destinationCountryCode: "SG",
                callDuration: Duration.Zero,
                sipCode: 200,
                timestamp: At("2024-03-25T06:01:37Z")));

        AssertSameEvent(Parse<CallStatusEvent>("vcs-call-connected.json"), built);
    }

    [Fact]
    public void UnknownWebhookEvent_UnknownEventType_EqualsParsedEvent()
    {
        string body = Fixture("unknown-event-type.json");

        UnknownWebhookEvent built = WebhookModelFactory.UnknownWebhookEvent(
            eventType: new WebhookEventType("RECORDING_READY"),
            rawJson: body,
            description: "A recording is ready to download");

        AssertSameEvent(Assert.IsType<UnknownWebhookEvent>(WebhookParser.Default.Parse(body)), built);
    }

    [Fact]
    public void UnknownWebhookEvent_KnownEventType_ThrowsArgumentException()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => WebhookModelFactory.UnknownWebhookEvent(eventType: WebhookEventType.CallStatus));

        Assert.Equal("eventType", error.ParamName);
    }

    [Fact]
    public void Events_NothingGiven_HaveVoiceNamespaceTheirEventTypeAndAnEmptyPayload()
    {
        SessionSummaryEvent summary = WebhookModelFactory.SessionSummaryEvent();
        CallActionEvent action = WebhookModelFactory.CallActionEvent();
        CallStatusEvent status = WebhookModelFactory.CallStatusEvent();
        UnknownWebhookEvent unknown = WebhookModelFactory.UnknownWebhookEvent();

        Assert.Equal(("VOICE", WebhookEventType.SessionSummary), (summary.Namespace, summary.EventType));
        Assert.Equal(("VOICE", WebhookEventType.CallAction), (action.Namespace, action.EventType));
        Assert.Equal(("VOICE", WebhookEventType.CallStatus), (status.Namespace, status.EventType));
        Assert.Equal("VOICE", unknown.Namespace);
        Assert.Empty(summary.Payload.Legs);
        Assert.Null(summary.Payload.Legs["CallA"]);
        Assert.Equal(WebhookPayloadFactory.CallEventPayload(), action.Payload);
        Assert.Null(action.DeduplicationKey);
        Assert.Null(summary.DeduplicationKey);
    }

    [Fact]
    public void SessionSummaryPayload_LegsWithTheSameName_ThrowsArgumentException()
    {
        CallLeg leg = WebhookPayloadFactory.CallLeg(name: "CallA");

        ArgumentException error = Assert.Throws<ArgumentException>(() => WebhookPayloadFactory.SessionSummaryPayload(legs: [leg, leg]));

        Assert.Equal("legs", error.ParamName);
        Assert.Contains("'CallA'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SessionSummaryPayload_SeveralLegs_KeepsTheirOrderAndNames()
    {
        SessionSummaryPayload payload = WebhookPayloadFactory.SessionSummaryPayload(
            legs: [WebhookPayloadFactory.CallLeg(name: "CallB", callId: "b"), WebhookPayloadFactory.CallLeg(name: "CallA", callId: "a")]);

        Assert.Equal(["CallB", "CallA"], payload.Legs.Select(leg => leg.Name));
        Assert.Equal("a", payload.Legs["calla"]?.CallId);
    }

    // A session summary payload holds its legs in a collection, which records compare by reference: compare the
    // serialized form (every serialized member) and then each leg by value.
    private static void AssertSameSummary(SessionSummaryEvent expected, SessionSummaryEvent actual)
    {
        Assert.Equal((expected.Namespace, expected.EventType, expected.Description), (actual.Namespace, actual.EventType, actual.Description));
        Assert.NotNull(actual.DeduplicationKey);
        Assert.Equal(expected.DeduplicationKey, actual.DeduplicationKey);
        Fixtures.AssertJsonEqual(
            JsonSerializer.Serialize(expected, VoiceJsonContext.Default.SessionSummaryEvent),
            JsonSerializer.Serialize(actual, VoiceJsonContext.Default.SessionSummaryEvent));

        SessionSummaryPayload left = expected.Payload;
        SessionSummaryPayload right = actual.Payload;
        Assert.Equal(left.SessionId, right.SessionId);
        Assert.Equal(left.SubAccountId, right.SubAccountId);
        Assert.Equal(left.SessionStatus, right.SessionStatus);
        Assert.Equal(left.StartTime, right.StartTime);
        Assert.Equal(left.EndTime, right.EndTime);
        Assert.Equal(left.LastAction, right.LastAction);
        Assert.Equal(left.CallCount, right.CallCount);
        Assert.Equal(left.ErrorDetails, right.ErrorDetails);
        Assert.Equal(left.Legs, right.Legs);
    }

    private static void AssertSameEvent<TEvent>(TEvent expected, TEvent actual)
        where TEvent : WebhookEvent
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected.DeduplicationKey, actual.DeduplicationKey);
    }

    private static TEvent Parse<TEvent>(string fixture)
        where TEvent : WebhookEvent
        => Assert.IsType<TEvent>(WebhookParser.Default.Parse(Fixture(fixture)));

    private static string Fixture(string name) => Fixtures.Read(Path.Combine("Voice", "Webhooks", "Fixtures", name));

    private static Instant At(string text) => InstantPattern.ExtendedIso.Parse(text).Value;
}
