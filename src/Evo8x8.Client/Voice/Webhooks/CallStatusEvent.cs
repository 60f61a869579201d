using System.Text.Json.Serialization;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// A call status (VCS, <c>CALL_STATUS</c>): a call changed state while it runs (initiated, connected,
/// disconnected …). It needs no answer beyond 200.
/// </summary>
public sealed record CallStatusEvent : WebhookEvent
{
    /// <summary>The call and the state it reached.</summary>
    [JsonInclude]
    public CallEventPayload Payload { get; internal set; } = null!;

    /// <summary>
    /// <c>CALL_STATUS:</c> and the payload's <c>eventId</c> when 8x8 sent one; otherwise the session id, call id,
    /// call status and timestamp together, which repeat only on a repeated delivery.
    /// </summary>
    [JsonIgnore]
    public override string? DeduplicationKey => CallEventKey.For(EventType, Payload);
}
