using Evo8x8.Client.Voice.Numbers;
using Evo8x8.Client.Voice.Recordings;
using Evo8x8.Client.Voice.Webhooks;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

public sealed partial class WebhookParserTests
{
    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_RecordingUploadedSample_ReadsEveryField(Input input)
    {
        WebhookEvent parsed = await ParseFixtureAsync("vru-upload-completed.json", input);

        CallRecordingStatusEvent recording = Assert.IsType<CallRecordingStatusEvent>(parsed);
        Assert.Equal("VOICE", recording.Namespace);
        Assert.Equal(WebhookEventType.CallRecordingStatus, recording.EventType);
        Assert.Equal("Call recording status updated", recording.Description);
        Assert.Null(recording.Version);
        CallRecordingStatusPayload payload = recording.Payload;
        Assert.Equal("e35e3d0e-065a-11ec-b119-676cb2bc33ef", payload.SessionId);
        Assert.Equal("eef54fc2-065a-11ec-bce9-ed1000154345", payload.RecordingId);
        Assert.Equal(Duration.FromSeconds(25), payload.Duration);
        Assert.Equal(
            "yourRecordingsEndpoint/2021-08-21/e35e3d0e-065a-11ec-b119-676cb2bc33ef/eef54fc2-065a-11ec-bce9-ed1000154345_2021-08-20T16:51:01.703Z.mp3",
            payload.FilePath);
        Assert.Equal(RecordingStatus.UploadCompleted, payload.Status);
        Assert.Empty(payload.ExtensionData);
        Assert.Empty(recording.ExtensionData);
        Assert.Equal("CALL_RECORDING_STATUS:eef54fc2-065a-11ec-bce9-ed1000154345:UPLOAD_COMPLETED", recording.DeduplicationKey);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_VirtualNumberUpdateSample_ReadsEveryFieldOfEveryNumber(Input input)
    {
        WebhookEvent parsed = await ParseFixtureAsync("vnu-updates.json", input);

        VirtualNumberUpdateEvent update = Assert.IsType<VirtualNumberUpdateEvent>(parsed);
        Assert.Equal("VOICE", update.Namespace);
        Assert.Equal(WebhookEventType.VirtualNumberUpdate, update.EventType);
        Assert.Equal("Status of account virtual number(s) updated", update.Description);
        VirtualNumberUpdatePayload payload = update.Payload;
        Assert.Equal("MySubAccount", payload.SubAccountId);
        Assert.Equal(2, payload.TotalNumbers);
        Assert.Equal(VirtualNumberUpdateEventType.Updates, payload.UpdateEventType);
        Assert.Collection(
            payload.VirtualNumbers,
            first =>
            {
                Assert.Equal("+65123456789", first.Msisdn);
                Assert.Equal(At("2023-02-17T05:10:14.760Z"), first.UpdatedTimestamp);
                Assert.Equal("SG", first.CountryCode);
                Assert.Equal(NumberOperationalStatus.Active, first.OperationalStatus);
                Assert.Equal("MyVirtualNumber-1", first.ReferenceId);
                Assert.Equal(5.0m, first.RentalPrice);
                Assert.Equal(0.05m, first.IncomingRate);
                Assert.Equal(1, first.BillingUnit);
                Assert.Equal("USD", first.BillingCurrency);
                Assert.False(first.NumberHealthCheckEnabled);
                Assert.Equal(VirtualNumberUpdateStatus.Updated, first.UpdateStatus);
                Assert.Empty(first.ExtensionData);
            },
            second =>
            {
                Assert.Equal("+65987654321", second.Msisdn);
                Assert.Equal(At("2023-04-11T09:34:18.780Z"), second.UpdatedTimestamp);
                Assert.Equal("SG", second.CountryCode);
                Assert.Equal(NumberOperationalStatus.Active, second.OperationalStatus);
                Assert.Equal("MyVirtualNumber-2", second.ReferenceId);
                Assert.Equal(5.0m, second.RentalPrice);
                Assert.Equal(0.05m, second.IncomingRate);
                Assert.Equal(60, second.BillingUnit);
                Assert.Equal("USD", second.BillingCurrency);
                Assert.True(second.NumberHealthCheckEnabled);
                Assert.Equal(VirtualNumberUpdateStatus.Updated, second.UpdateStatus);
            });
        Assert.Equal("VIRTUAL_NUMBER_UPDATE:MySubAccount:UPDATES:2:2023-04-11T09:34:18.78Z", update.DeduplicationKey);
    }

    [Fact]
    public async Task Parse_VirtualNumberSnapshotWithUnhealthyNumber_ReadsTheVnuOnlyValues()
    {
        WebhookEvent parsed = await ParseFixtureAsync("vnu-snapshot-unhealthy.json", Input.Text);

        VirtualNumberUpdatePayload payload = Assert.IsType<VirtualNumberUpdateEvent>(parsed).Payload;
        Assert.Equal(VirtualNumberUpdateEventType.Snapshot, payload.UpdateEventType);
        UpdatedVirtualNumber number = Assert.Single(payload.VirtualNumbers);
        Assert.Equal(NumberOperationalStatus.Unhealthy, number.OperationalStatus);
        Assert.Equal(VirtualNumberUpdateStatus.NoChange, number.UpdateStatus);
    }

    [Fact]
    public async Task Parse_IvrSummaryWithVersionAndClientRequestId_ReadsThem()
    {
        WebhookEvent parsed = await ParseFixtureAsync("vss-ivr-client-request-id.json", Input.Utf8Bytes);

        SessionSummaryEvent summary = Assert.IsType<SessionSummaryEvent>(parsed);
        Assert.Equal(5, summary.Version);
        Assert.Equal("Request-Id-Client-Confirmation-1200", summary.Payload.ClientRequestId);
        Assert.Equal(VoiceSessionStatus.Completed, summary.Payload.SessionStatus);
        Assert.Equal(2, summary.Payload.CallCount);
        Assert.Equal(["callA", "callB"], summary.Payload.Legs.Select(leg => leg.Name));
        Assert.All(summary.Payload.Legs, leg =>
        {
            Assert.Equal("virtual-number-trunk-01", leg.SourceRefId);
            Assert.Null(leg.DestinationRefId);
            Assert.Equal("+6568332048", leg.Source);
            Assert.Empty(leg.ExtensionData);
        });
        Assert.Equal("+6531589338", summary.Payload.Legs["callB"]!.Destination);
        Assert.Empty(summary.ExtensionData);
        Assert.Empty(summary.Payload.ExtensionData);
    }

    [Fact]
    public async Task Parse_NumberMaskingSummary_ReadsDestinationRefIdOfTheInboundLeg()
    {
        WebhookEvent parsed = await ParseFixtureAsync("vss-number-masking-ref-ids.json", Input.Stream);

        SessionSummaryEvent summary = Assert.IsType<SessionSummaryEvent>(parsed);
        Assert.Null(summary.Version);
        Assert.Null(summary.Payload.ClientRequestId);
        Assert.Equal(["callB", "callA"], summary.Payload.Legs.Select(leg => leg.Name));
        CallLeg inbound = summary.Payload.Legs["callA"]!;
        Assert.Equal(CallDirection.Inbound, inbound.CallDirection);
        Assert.Equal("PSTN1", inbound.DestinationRefId);
        Assert.Null(inbound.SourceRefId);
        CallLeg outbound = summary.Payload.Legs["callB"]!;
        Assert.Equal(CallDirection.Outbound, outbound.CallDirection);
        Assert.Equal("PSTN1", outbound.SourceRefId);
        Assert.Null(outbound.DestinationRefId);
    }

    [Fact]
    public async Task Parse_SummaryWithUnknownMembersAtEveryLevel_KeepsThemReadable()
    {
        WebhookEvent parsed = await ParseFixtureAsync("quirk-unknown-members-every-level.json", Input.Text);

        SessionSummaryEvent summary = Assert.IsType<SessionSummaryEvent>(parsed);
        Assert.Equal(6, summary.Version);
        Assert.Equal("ap-southeast-1", summary.ExtensionData["region"].GetString());
        Assert.Equal(0.0123m, summary.Payload.ExtensionData["billing"].GetProperty("amount").GetDecimal());
        Assert.Equal("USD", summary.Payload.ExtensionData["billing"].GetProperty("currency").GetString());
        Assert.Equal("OUTBOUND_LEG", summary.Payload.ErrorDetails!.ExtensionData["errorSource"].GetString());
        Assert.Equal(VoiceSessionErrorCode.NoCoverage, summary.Payload.ErrorDetails.ErrorCode);
        CallLeg leg = Assert.Single(summary.Payload.Legs);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, leg.ExtensionData["recordingId"].ValueKind);
        Assert.Equal(["vip", "retry"], leg.ExtensionData["tags"].EnumerateArray().Select(tag => tag.GetString()));
        Assert.Equal(180, leg.CallQuality!.ExtensionData["rtt"].GetInt32());
        Assert.Equal(4.5, leg.CallQuality.Mos);
        Assert.DoesNotContain("payload", summary.ExtensionData.Keys);
        Assert.DoesNotContain("details", summary.Payload.ExtensionData.Keys);
    }

    [Fact]
    public async Task Parse_CallEventWithUnknownMembers_KeepsThemReadable()
    {
        WebhookEvent parsed = await ParseFixtureAsync("quirk-unknown-members-call-event.json", Input.UnseekableStream);

        CallEventPayload payload = Assert.IsType<CallStatusEvent>(parsed).Payload;
        Assert.Equal("SingTel", payload.ExtensionData["carrier"].GetString());
        Assert.Equal(2, payload.EventData!.ExtensionData["attempt"].GetInt32());
        Assert.Equal("1", payload.Dtmf);
    }

    [Fact]
    public async Task Parse_NumberUpdateWithUnknownMembersAndValues_KeepsBoth()
    {
        WebhookEvent parsed = await ParseFixtureAsync("quirk-unknown-members-recording-and-numbers.json", Input.Text);

        VirtualNumberUpdatePayload payload = Assert.IsType<VirtualNumberUpdateEvent>(parsed).Payload;
        Assert.Equal("default", payload.ExtensionData["pool"].GetString());
        UpdatedVirtualNumber number = Assert.Single(payload.VirtualNumbers);
        Assert.Equal("Retired", number.OperationalStatus!.Value.Value);
        Assert.Equal("REMOVED", number.UpdateStatus!.Value.Value);
        Assert.False(number.ExtensionData["capabilities"].GetProperty("sms").GetBoolean());
    }
}
