using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// One webhook delivery from 8x8, read from the envelope <c>{namespace, eventType, description, payload}</c>.
/// Switch on the concrete type: <see cref="SessionSummaryEvent"/>, <see cref="CallActionEvent"/>,
/// <see cref="CallStatusEvent"/>, <see cref="CallRecordingStatusEvent"/>, <see cref="VirtualNumberUpdateEvent"/>, or
/// <see cref="UnknownWebhookEvent"/> for a type this SDK does not know yet.
/// </summary>
/// <remarks>
/// 8x8 may deliver the same event more than once (it retries when your answer is slow or not 200); use
/// <see cref="DeduplicationKey"/> to recognise a repeat. Events are immutable and safe to share between threads.
/// </remarks>
public abstract record WebhookEvent
{
    private protected WebhookEvent()
    {
    }

    /// <summary>8x8's product namespace; <c>VOICE</c> for every voice event.</summary>
    [JsonInclude]
    public string? Namespace { get; internal set; }

    /// <summary>The event type that decided how the payload was read.</summary>
    [JsonInclude]
    public WebhookEventType EventType { get; internal set; }

    /// <summary>8x8's description of the event type, for example "Summary of a completed call session".</summary>
    [JsonInclude]
    public string? Description { get; internal set; }

    /// <summary>
    /// The schema version of the payload (JSON <c>version</c>), sent so far only by IVR session summaries (as 5);
    /// <see langword="null"/> when 8x8 left it out.
    /// </summary>
    [JsonInclude]
    public int? Version { get; internal set; }

    /// <summary>
    /// A key that is the same for every delivery of one event and different between events, built from the
    /// payload's ids; <see langword="null"/> when the event carries no id to build it from.
    /// </summary>
    public abstract string? DeduplicationKey { get; }

    /// <summary>The JSON members of the envelope (beside <c>payload</c>) this SDK does not name, kept as sent so a field 8x8 adds is readable today.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> ExtensionData => UnknownMembers.OrEmpty(Unknown);

    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? Unknown { get; set; }
}
