using System.Text.Json.Serialization;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// A call action (VCA, <c>CALL_ACTION</c>): a live call waits for your next steps, for example after
/// <c>sayAndCapture</c> collected digits. Answer it with a <see cref="CallActionReply"/>.
/// </summary>
public sealed record CallActionEvent : WebhookEvent
{
    /// <summary>The call and the step it reached.</summary>
    [JsonInclude]
    public CallEventPayload Payload { get; internal set; } = null!;

    /// <summary>
    /// <c>CALL_ACTION:</c> and the payload's <c>eventId</c> when 8x8 sent one; otherwise the session id, call id,
    /// call status and timestamp together, which repeat only on a repeated delivery.
    /// </summary>
    [JsonIgnore]
    public override string? DeduplicationKey => CallEventKey.For(EventType, Payload);
}
