using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.WebhookRegistrations;

/// <summary>
/// The kind of voice event a webhook receives, as 8x8's three-letter code. Types 8x8 adds later are kept
/// with their text, and any text can be sent with <c>new WebhookType("XYZ")</c>.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<WebhookType>))]
public readonly partial record struct WebhookType(string Value) : IWireValue<WebhookType>
{
    /// <summary>The text as 8x8 sends it; empty, never null, when an answer left the field out.</summary>
    public string Value { get => field ?? string.Empty; init; } = Value;

    /// <summary><c>VCA</c> (voice call action): key presses and action results; your answer continues the call (IVR).</summary>
    public static WebhookType CallAction { get; } = new("VCA");

    /// <summary><c>VCS</c> (voice call status): each call leg initiated, connected, disconnected.</summary>
    public static WebhookType CallStatus { get; } = new("VCS");

    /// <summary><c>VSS</c> (voice session summary): one summary when a session ends.</summary>
    public static WebhookType SessionSummary { get; } = new("VSS");

    /// <summary><c>VRU</c> (voice recording uploaded): a call recording is ready.</summary>
    public static WebhookType RecordingUploaded { get; } = new("VRU");

    /// <summary><c>VNU</c> (virtual number updated): a virtual number of the subaccount changed.</summary>
    public static WebhookType VirtualNumberUpdated { get; } = new("VNU");
}
