using System.Text.Json.Serialization;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// A Voice Session Summary (VSS, <c>SESSION_SUMMARY</c>): sent once when a voice session ends, with the outcome
/// of the session and of each of its call legs.
/// </summary>
public sealed record SessionSummaryEvent : WebhookEvent
{
    /// <summary>The summary itself.</summary>
    [JsonInclude]
    public SessionSummaryPayload Payload { get; internal set; } = null!;

    /// <summary>
    /// <c>SESSION_SUMMARY:</c> followed by the session id: 8x8 sends one summary per session, so a second
    /// delivery with the same key is a repeat.
    /// </summary>
    [JsonIgnore]
    public override string? DeduplicationKey
        => Payload?.SessionId is { } sessionId ? $"{WebhookEventType.SessionSummary}:{sessionId}" : null;
}
