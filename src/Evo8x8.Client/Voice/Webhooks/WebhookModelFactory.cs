namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// Builds the webhook events for your own tests: received models are read-only, so a handler's test cannot set their
/// properties. What a method returns behaves like the same event parsed by <see cref="WebhookParser"/> (legs looked up
/// by name, <see cref="WebhookEvent.DeduplicationKey"/>, the <see cref="CallEventPayload.Dtmf"/> fallback). Every
/// parameter is optional; left out, the member is <see langword="null"/> as if 8x8 had not sent it. The payloads and
/// their parts (legs, call quality, numbers) come from <see cref="WebhookPayloadFactory"/>.
/// </summary>
public static class WebhookModelFactory
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

    /// <summary>Creates a call action event; its <see cref="WebhookEvent.EventType"/> is <c>CALL_ACTION</c>.</summary>
    /// <param name="payload">The call and the step it reached; defaults to an empty payload, never <see langword="null"/> (as after parsing).</param>
    /// <param name="namespace">8x8's product namespace; defaults to <c>VOICE</c>.</param>
    /// <param name="description">8x8's description of the event type.</param>
    /// <param name="version">The envelope's schema version.</param>
    /// <returns>The event.</returns>
    public static CallActionEvent CallActionEvent(
        CallEventPayload? payload = null,
        string? @namespace = VoiceNamespace,
        string? description = null,
        int? version = null)
        => Envelope(new CallActionEvent { Payload = payload ?? WebhookPayloadFactory.CallEventPayload() }, WebhookEventType.CallAction, @namespace, description, version);

    /// <summary>Creates a call status event; its <see cref="WebhookEvent.EventType"/> is <c>CALL_STATUS</c>.</summary>
    /// <param name="payload">The call and the state it reached; defaults to an empty payload, never <see langword="null"/> (as after parsing).</param>
    /// <param name="namespace">8x8's product namespace; defaults to <c>VOICE</c>.</param>
    /// <param name="description">8x8's description of the event type.</param>
    /// <param name="version">The envelope's schema version.</param>
    /// <returns>The event.</returns>
    public static CallStatusEvent CallStatusEvent(
        CallEventPayload? payload = null,
        string? @namespace = VoiceNamespace,
        string? description = null,
        int? version = null)
        => Envelope(new CallStatusEvent { Payload = payload ?? WebhookPayloadFactory.CallEventPayload() }, WebhookEventType.CallStatus, @namespace, description, version);

    /// <summary>Creates a session summary event; its <see cref="WebhookEvent.EventType"/> is <c>SESSION_SUMMARY</c>.</summary>
    /// <param name="payload">The summary; defaults to an empty one, never <see langword="null"/> (as after parsing).</param>
    /// <param name="namespace">8x8's product namespace; defaults to <c>VOICE</c>.</param>
    /// <param name="description">8x8's description of the event type.</param>
    /// <param name="version">The envelope's schema version.</param>
    /// <returns>The event.</returns>
    public static SessionSummaryEvent SessionSummaryEvent(
        SessionSummaryPayload? payload = null,
        string? @namespace = VoiceNamespace,
        string? description = null,
        int? version = null)
        => Envelope(new SessionSummaryEvent { Payload = payload ?? WebhookPayloadFactory.SessionSummaryPayload() }, WebhookEventType.SessionSummary, @namespace, description, version);

    /// <summary>Creates a recording status event; its <see cref="WebhookEvent.EventType"/> is <c>CALL_RECORDING_STATUS</c>.</summary>
    /// <param name="payload">The recording; defaults to an empty payload, never <see langword="null"/> (as after parsing).</param>
    /// <param name="namespace">8x8's product namespace; defaults to <c>VOICE</c>.</param>
    /// <param name="description">8x8's description of the event type.</param>
    /// <param name="version">The envelope's schema version.</param>
    /// <returns>The event.</returns>
    public static CallRecordingStatusEvent CallRecordingStatusEvent(
        CallRecordingStatusPayload? payload = null,
        string? @namespace = VoiceNamespace,
        string? description = null,
        int? version = null)
        => Envelope(new CallRecordingStatusEvent { Payload = payload ?? WebhookPayloadFactory.CallRecordingStatusPayload() }, WebhookEventType.CallRecordingStatus, @namespace, description, version);

    /// <summary>Creates a virtual number update event; its <see cref="WebhookEvent.EventType"/> is <c>VIRTUAL_NUMBER_UPDATE</c>.</summary>
    /// <param name="payload">The numbers; defaults to an empty payload, never <see langword="null"/> (as after parsing).</param>
    /// <param name="namespace">8x8's product namespace; defaults to <c>VOICE</c>.</param>
    /// <param name="description">8x8's description of the event type.</param>
    /// <param name="version">The envelope's schema version.</param>
    /// <returns>The event.</returns>
    public static VirtualNumberUpdateEvent VirtualNumberUpdateEvent(
        VirtualNumberUpdatePayload? payload = null,
        string? @namespace = VoiceNamespace,
        string? description = null,
        int? version = null)
        => Envelope(new VirtualNumberUpdateEvent { Payload = payload ?? WebhookPayloadFactory.VirtualNumberUpdatePayload() }, WebhookEventType.VirtualNumberUpdate, @namespace, description, version);

    private static TEvent Envelope<TEvent>(TEvent webhookEvent, WebhookEventType eventType, string? @namespace, string? description, int? version)
        where TEvent : WebhookEvent
    {
        webhookEvent.Namespace = @namespace;
        webhookEvent.EventType = eventType;
        webhookEvent.Description = description;
        webhookEvent.Version = version;
        return webhookEvent;
    }
}
