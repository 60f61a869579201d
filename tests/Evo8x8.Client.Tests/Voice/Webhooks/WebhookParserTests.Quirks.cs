using Evo8x8.Client.Voice.Webhooks;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

public sealed partial class WebhookParserTests
{
    [Fact]
    public void Parse_LegKeysInBothCases_KeepsLegsInOrderAndFindsThemIgnoringCase()
    {
        var summary = (SessionSummaryEvent)WebhookParser.Default.Parse(Fixture("quirk-leg-keys-mixed-case.json"));

        Assert.Equal(["callB", "CallA"], summary.Payload.Legs.Select(leg => leg.Name));
        Assert.Equal("leg-a", summary.Payload.Legs["calla"]?.CallId);
        Assert.Equal("leg-b", summary.Payload.Legs["CallB"]?.CallId);
        Assert.Null(summary.Payload.Legs["CallC"]);
        Assert.Equal(Duration.FromSeconds(55), summary.Payload.Legs[1].CallDuration);
    }

    [Fact]
    public void Parse_PascalCaseSourceRefId_IsRead()
    {
        string json = Fixture("seed-000-vss-success.json").Replace("\"SourceRefId\": \"null\"", "\"SourceRefId\": \"VN-7\"", StringComparison.Ordinal);

        var summary = (SessionSummaryEvent)WebhookParser.Default.Parse(json);

        Assert.Equal("VN-7", summary.Payload.Legs["CallA"]?.SourceRefId);
    }

    [Fact]
    public void Parse_TextNullAndEmptyText_ReadAsNoValue()
    {
        var summary = (SessionSummaryEvent)WebhookParser.Default.Parse(Fixture("quirk-null-as-text.json"));

        Assert.Null(summary.Payload.EndTime);
        CallLeg leg = summary.Payload.Legs["CallA"]!;
        Assert.NotNull(leg.InitiatedTimestamp);
        Assert.Null(leg.ConnectedTimestamp);
        Assert.Null(leg.DisconnectedTimestamp);
        Assert.Null(leg.SourceRefId);
        Assert.Null(leg.CallDuration);
    }

    [Fact]
    public void Parse_ErrorCodeAsString_ReadsTheKnownCode()
    {
        var summary = (SessionSummaryEvent)WebhookParser.Default.Parse(Fixture("quirk-errorcode-as-string.json"));

        Assert.Equal(VoiceSessionErrorCode.SourceNotWhitelisted, summary.Payload.ErrorDetails?.ErrorCode);
        Assert.Equal(-2008, summary.Payload.ErrorDetails?.ErrorCode?.Number);
        Assert.Empty(summary.Payload.Legs);
    }

    [Fact]
    public void Parse_ErrorCodeThatIsNotANumber_KeepsTheRawText()
    {
        var summary = (SessionSummaryEvent)WebhookParser.Default.Parse(Fixture("quirk-errorcode-not-numeric.json"));

        VoiceSessionErrorCode code = summary.Payload.ErrorDetails!.ErrorCode!.Value;
        Assert.Equal("CARRIER_REJECTED", code.Text);
        Assert.Null(code.Number);
        Assert.Null(code.Description);
        Assert.Equal("Carrier rejected the call", summary.Payload.ErrorDetails.ErrorMessage);
    }

    [Fact]
    public void Parse_StatusValuesOutsideTheDocumentedLists_AreKeptNotThrownOn()
    {
        var summary = (SessionSummaryEvent)WebhookParser.Default.Parse(Fixture("quirk-unknown-status-values.json"));

        Assert.Equal("PARTIALLY_COMPLETED", summary.Payload.SessionStatus?.Value);
        Assert.False(summary.Payload.SessionStatus?.IsOptOut);
        CallLeg leg = summary.Payload.Legs["CallA"]!;
        Assert.Equal(new CallStatus("VOICEMAIL_DETECTED"), leg.CallStatus);
        Assert.Equal("TRANSFERRED", leg.CallDirection?.Value);
        Assert.Equal("WEBRTC", leg.CallType?.Value);
    }

    [Fact]
    public void Parse_OptOutSessionStatus_IsRecognised()
    {
        string json = Fixture("seed-000-vss-success.json").Replace("\"sessionStatus\": \"COMPLETED\"", "\"sessionStatus\": \"UNSUBSCRIBED_CONTACT\"", StringComparison.Ordinal);

        var summary = (SessionSummaryEvent)WebhookParser.Default.Parse(json);

        Assert.Equal(VoiceSessionStatus.UnsubscribedContact, summary.Payload.SessionStatus);
        Assert.True(summary.Payload.SessionStatus?.IsOptOut);
    }

    [Fact]
    public void Parse_DtmfDirectlyInPayload_IsRead()
    {
        var action = (CallActionEvent)WebhookParser.Default.Parse(Fixture("vca-dtmf-in-payload.json"));

        Assert.Equal("1234#", action.Payload.Dtmf);
        Assert.Null(action.Payload.EventData);
        Assert.Equal(CallStatus.DtmfReceived, action.Payload.CallStatus);
        Assert.Equal("pin-entry", action.Payload.ClientActionId);
    }

    [Fact]
    public void Parse_MissingAndExtraFields_ReadsWhatIsThereAndIgnoresTheRest()
    {
        var summary = (SessionSummaryEvent)WebhookParser.Default.Parse(Fixture("quirk-missing-and-extra-fields.json"));

        Assert.Equal("6f000000-0000-11ee-911b-078f7290bf52", summary.Payload.SessionId);
        Assert.Null(summary.Payload.SessionStatus);
        Assert.Null(summary.Payload.StartTime);
        Assert.Null(summary.Payload.CallCount);
        CallLeg leg = Assert.Single(summary.Payload.Legs);
        Assert.Equal("leg-a", leg.CallId);
        Assert.Equal(3.9, leg.CallQuality?.Mos);
        Assert.Null(leg.CallQuality?.Jitter);
        Assert.Null(leg.CallDirection);
    }

    [Fact]
    public void Parse_EventTypeBeforePayloadAndDurationAsText_IsRead()
    {
        var status = (CallStatusEvent)WebhookParser.Default.Parse(Fixture("quirk-eventtype-before-payload.json"));

        Assert.Equal(CallStatus.CallDisconnected, status.Payload.CallStatus);
        Assert.Equal(Duration.FromSeconds(42), status.Payload.CallDuration);
        Assert.Equal("CALL_STATUS:e-1", status.DeduplicationKey);
    }

    [Fact]
    public void Parse_NewEventType_GivesUnknownEventWithTheRawJson()
    {
        string json = Fixture("unknown-event-type.json");

        WebhookEvent parsed = WebhookParser.Default.Parse(json);

        UnknownWebhookEvent unknown = Assert.IsType<UnknownWebhookEvent>(parsed);
        Assert.Equal(new WebhookEventType("RECORDING_READY"), unknown.EventType);
        Assert.Equal("VOICE", unknown.Namespace);
        Assert.Equal("A recording is ready to download", unknown.Description);
        Assert.Equal(json, unknown.RawJson);
        Assert.Null(unknown.DeduplicationKey);
    }

    [Fact]
    public void Parse_NewEventTypeFromBytes_KeepsTheRawJsonText()
    {
        string json = Fixture("unknown-event-type.json");

        var unknown = (UnknownWebhookEvent)WebhookParser.Default.Parse(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, unknown.RawJson);
    }

    [Fact]
    public void Parse_KnownEventTypeNestedInsideAnUnknownEvent_DoesNotFoolTheParser()
    {
        WebhookEvent parsed = WebhookParser.Default.Parse(Fixture("quirk-eventtype-inside-payload.json"));

        UnknownWebhookEvent unknown = Assert.IsType<UnknownWebhookEvent>(parsed);
        Assert.Equal("RECORDING_READY", unknown.EventType.Value);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsIgnored()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Fixture("vcs-call-connected.json"))];

        Assert.IsType<CallStatusEvent>(WebhookParser.Default.Parse(json));
    }
}
