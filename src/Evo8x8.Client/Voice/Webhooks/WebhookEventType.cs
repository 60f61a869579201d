using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The <c>eventType</c> of an 8x8 webhook envelope, which decides the shape of its payload. Types 8x8 adds
/// later are kept with their text and parsed as <see cref="UnknownWebhookEvent"/>.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<WebhookEventType>))]
public readonly partial record struct WebhookEventType(string Value) : IWireValue<WebhookEventType>
{
    /// <summary><c>SESSION_SUMMARY</c>: a voice session ended (VSS); see <see cref="SessionSummaryEvent"/>.</summary>
    public static WebhookEventType SessionSummary { get; } = new("SESSION_SUMMARY");

    /// <summary><c>CALL_ACTION</c>: a call waits for the next steps of its IVR (VCA); see <see cref="CallActionEvent"/>.</summary>
    public static WebhookEventType CallAction { get; } = new("CALL_ACTION");

    /// <summary><c>CALL_STATUS</c>: a call changed state while it runs (VCS); see <see cref="CallStatusEvent"/>.</summary>
    public static WebhookEventType CallStatus { get; } = new("CALL_STATUS");

    /// <summary><c>CALL_RECORDING_STATUS</c>: a recording was uploaded to your file server (VRU); see <see cref="CallRecordingStatusEvent"/>.</summary>
    public static WebhookEventType CallRecordingStatus { get; } = new("CALL_RECORDING_STATUS");

    /// <summary><c>VIRTUAL_NUMBER_UPDATE</c>: the subaccount's virtual numbers or their health changed (VNU); see <see cref="VirtualNumberUpdateEvent"/>.</summary>
    public static WebhookEventType VirtualNumberUpdate { get; } = new("VIRTUAL_NUMBER_UPDATE");
}
