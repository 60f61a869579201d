using System.Text.Json;
using Evo8x8.Client.Voice.Numbers;
using Evo8x8.Client.Voice.Recordings;
using Evo8x8.Client.Voice.Webhooks;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

public sealed partial class WebhookModelFactoryTests
{
    [Fact]
    public void CallRecordingStatusEvent_PublishedSample_EqualsParsedEvent()
    {
        CallRecordingStatusEvent built = WebhookModelFactory.CallRecordingStatusEvent(
            description: "Call recording status updated",
            payload: WebhookPayloadFactory.CallRecordingStatusPayload(
                sessionId: "e35e3d0e-065a-11ec-b119-676cb2bc33ef",
                recordingId: "eef54fc2-065a-11ec-bce9-ed1000154345",
                duration: Duration.FromSeconds(25),
                filePath: "yourRecordingsEndpoint/2021-08-21/e35e3d0e-065a-11ec-b119-676cb2bc33ef/eef54fc2-065a-11ec-bce9-ed1000154345_2021-08-20T16:51:01.703Z.mp3",
                status: RecordingStatus.UploadCompleted));

        AssertSameEvent(Parse<CallRecordingStatusEvent>("vru-upload-completed.json"), built);
    }

    [Fact]
    public void VirtualNumberUpdateEvent_PublishedSample_EqualsParsedEventNumberByNumber()
    {
        VirtualNumberUpdateEvent built = WebhookModelFactory.VirtualNumberUpdateEvent(
            description: "Status of account virtual number(s) updated",
            payload: WebhookPayloadFactory.VirtualNumberUpdatePayload(
                subAccountId: "MySubAccount",
                totalNumbers: 2,
                updateEventType: VirtualNumberUpdateEventType.Updates,
                virtualNumbers:
                [
                    Number("+65123456789", "2023-02-17T05:10:14.760Z", "MyVirtualNumber-1", billingUnit: 1, healthChecked: false),
                    Number("+65987654321", "2023-04-11T09:34:18.780Z", "MyVirtualNumber-2", billingUnit: 60, healthChecked: true),
                ]));

        VirtualNumberUpdateEvent parsed = Parse<VirtualNumberUpdateEvent>("vnu-updates.json");

        // The list is compared item by item: records compare collections by reference.
        Assert.Equal(parsed.Payload.VirtualNumbers, built.Payload.VirtualNumbers);
        Assert.Equal(parsed.Payload with { VirtualNumbers = [] }, built.Payload with { VirtualNumbers = [] });
        Assert.Equal(parsed.DeduplicationKey, built.DeduplicationKey);
        Assert.Equal((parsed.Namespace, parsed.EventType, parsed.Description), (built.Namespace, built.EventType, built.Description));
    }

    [Fact]
    public void VirtualNumberUpdatePayload_NullNumber_ThrowsArgumentException()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => WebhookPayloadFactory.VirtualNumberUpdatePayload(virtualNumbers: [null!]));

        Assert.Equal("virtualNumbers", error.ParamName);
    }

    [Fact]
    public void UnknownWebhookEvent_RecordingOrNumberEventType_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => WebhookModelFactory.UnknownWebhookEvent(eventType: WebhookEventType.CallRecordingStatus));
        Assert.Throws<ArgumentException>(() => WebhookModelFactory.UnknownWebhookEvent(eventType: WebhookEventType.VirtualNumberUpdate));
    }

    [Fact]
    public void Payloads_ExtensionDataGiven_ReadBackAsFromAParsedEvent()
    {
        using JsonDocument billing = JsonDocument.Parse("""{"billing":{"currency":"USD"}}""");
        KeyValuePair<string, JsonElement>[] members = [new("billing", billing.RootElement.GetProperty("billing"))];

        SessionSummaryPayload summary = WebhookPayloadFactory.SessionSummaryPayload(sessionId: "s", extensionData: members);
        CallEventPayload call = WebhookPayloadFactory.CallEventPayload(eventId: "e", extensionData: members);
        CallRecordingStatusPayload recording = WebhookPayloadFactory.CallRecordingStatusPayload(recordingId: "r", extensionData: members);
        VirtualNumberUpdatePayload numbers = WebhookPayloadFactory.VirtualNumberUpdatePayload(subAccountId: "a", extensionData: members);

        // The document is disposed first: the factory keeps its own copy, as the parser does.
        billing.Dispose();
        Assert.All(
            [summary.ExtensionData, call.ExtensionData, recording.ExtensionData, numbers.ExtensionData],
            data => Assert.Equal("USD", data["billing"].GetProperty("currency").GetString()));
        Assert.Empty(WebhookPayloadFactory.SessionSummaryPayload().ExtensionData);
    }

    private static UpdatedVirtualNumber Number(string msisdn, string updated, string referenceId, int billingUnit, bool healthChecked)
        => WebhookPayloadFactory.UpdatedVirtualNumber(
            msisdn: msisdn,
            updatedTimestamp: At(updated),
            countryCode: "SG",
            operationalStatus: NumberOperationalStatus.Active,
            referenceId: referenceId,
            rentalPrice: 5.0m,
            incomingRate: 0.05m,
            billingUnit: billingUnit,
            billingCurrency: "USD",
            numberHealthCheckEnabled: healthChecked,
            updateStatus: VirtualNumberUpdateStatus.Updated);
}
