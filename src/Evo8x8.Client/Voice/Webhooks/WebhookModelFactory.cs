namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// Builds the webhook events and their parts for your own tests: received models are read-only, so a handler's
/// test cannot set their properties. What a method returns behaves like the same event parsed by
/// <see cref="WebhookParser"/> (legs looked up by name, <see cref="WebhookEvent.DeduplicationKey"/>, the
/// <see cref="CallEventPayload.Dtmf"/> fallback). Every parameter is optional; left out, the member is
/// <see langword="null"/> as if 8x8 had not sent it.
/// </summary>
public static partial class WebhookModelFactory
{
    private const string VoiceNamespace = "VOICE";

    /// <summary>Creates an event of a type this SDK does not know, as the parser keeps it.</summary>
    /// <param name="eventType">The event type; defaults to <c>UNKNOWN</c>. The known types are refused, as the parser never reads them as unknown.</param>
    /// <param name="rawJson">The whole webhook body; defaults to <c>{}</c>.</param>
    /// <param name="namespace">8x8's product namespace; defaults to <c>VOICE</c>.</param>
    /// <param name="description">8x8's description of the event type.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="eventType"/> is one of the types <see cref="WebhookEventType"/> names.</exception>
    public static UnknownWebhookEvent UnknownWebhookEvent(
        WebhookEventType? eventType = null,
        string? rawJson = null,
        string? @namespace = VoiceNamespace,
        string? description = null)
    {
        WebhookEventType type = eventType ?? new WebhookEventType("UNKNOWN");
        if (WebhookEnvelopeReader.IsKnown(type))
        {
            throw new ArgumentException($"{type} is a known event type, which never parses as an unknown event; use its own factory method.", nameof(eventType));
        }

        return new UnknownWebhookEvent
        {
            Namespace = @namespace,
            EventType = type,
            Description = description,
            RawJson = rawJson ?? "{}",
        };
    }
}
