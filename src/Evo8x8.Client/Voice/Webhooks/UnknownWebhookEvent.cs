using System.Text.Json.Serialization;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// An event whose <c>eventType</c> this SDK does not know yet. Nothing is lost: the whole body is kept as
/// <see cref="RawJson"/>, so a handler can log it or read it itself.
/// </summary>
public sealed record UnknownWebhookEvent : WebhookEvent
{
    /// <summary>The whole webhook body exactly as received (the envelope with its payload).</summary>
    [JsonInclude]
    public string RawJson { get; internal set; } = string.Empty;

    /// <summary>Always <see langword="null"/>: the SDK does not know which ids identify an unknown event.</summary>
    public override string? DeduplicationKey => null;

    /// <summary>The event type and the body's length, never the body itself (it may hold personal data).</summary>
    public override string ToString() => $"UnknownWebhookEvent {{ EventType = {EventType}, RawJson = {RawJson?.Length ?? 0} characters }}";
}
