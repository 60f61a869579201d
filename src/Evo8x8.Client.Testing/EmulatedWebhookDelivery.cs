using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using NodaTime;

namespace Evo8x8.Client.Testing;

/// <summary>
/// One post of a webhook event the emulator produced, and what became of it. An event whose type has no
/// registered (enabled) webhook is still recorded once, with <see cref="Url"/> <see langword="null"/>, so a test
/// can read a session summary even without a receiver. <see cref="ToString"/> shows no secret.
/// </summary>
public sealed class EmulatedWebhookDelivery
{
    private readonly Lazy<WebhookEvent> _event;

    internal EmulatedWebhookDelivery(WebhookType webhookType, WebhookEventType eventType, string sessionId, string body, Instant producedAt, int attempt, bool isDuplicate)
    {
        WebhookType = webhookType;
        EventType = eventType;
        SessionId = sessionId;
        Body = body;
        ProducedAt = producedAt;
        Attempt = attempt;
        IsDuplicate = isDuplicate;
        _event = new Lazy<WebhookEvent>(() => WebhookParser.Default.Parse(body));
    }

    /// <summary>The webhook type it goes to, for example <see cref="WebhookType.SessionSummary"/> (VSS).</summary>
    public WebhookType WebhookType { get; }

    /// <summary>The envelope's <c>eventType</c>, for example <see cref="WebhookEventType.SessionSummary"/>.</summary>
    public WebhookEventType EventType { get; }

    /// <summary>The 8x8 session the event belongs to; empty for an event about no session (VNU).</summary>
    public string SessionId { get; }

    /// <summary>The JSON posted (or that would have been posted), verbatim.</summary>
    public string Body { get; }

    /// <summary>
    /// <see cref="Body"/> read by the SDK's <see cref="WebhookParser"/>: a <see cref="SessionSummaryEvent"/>,
    /// <see cref="CallStatusEvent"/>, <see cref="CallActionEvent"/>, <see cref="CallRecordingStatusEvent"/> or
    /// <see cref="VirtualNumberUpdateEvent"/>.
    /// </summary>
    public WebhookEvent Event => _event.Value;

    /// <summary>The emulator clock's time when the event was produced (the simulated event's own time is in the body).</summary>
    public Instant ProducedAt { get; }

    /// <summary>1 for the first post of the event, 2 and more for redeliveries and duplicates (<see cref="DeliveryRules"/>).</summary>
    public int Attempt { get; }

    /// <summary>Whether this post repeats an event on purpose (<see cref="DeliveryRules.Duplicate"/>), not after a failure.</summary>
    public bool IsDuplicate { get; }

    /// <summary>Where it was posted; <see langword="null"/> when no enabled webhook of <see cref="WebhookType"/> was registered.</summary>
    public Uri? Url { get; internal set; }

    /// <summary>The receiver's HTTP status, or <see langword="null"/> when nothing answered.</summary>
    public int? ResponseStatus { get; internal set; }

    /// <summary>The receiver's answer body (for <c>CALL_ACTION</c>, the next callflow), or <see langword="null"/>.</summary>
    public string? ResponseBody { get; internal set; }

    /// <summary>Why the delivery failed (connection refused, timeout), or <see langword="null"/>.</summary>
    public string? Error { get; internal set; }

    /// <summary>Whether the receiver answered with a 2xx status.</summary>
    public bool Delivered => ResponseStatus is >= 200 and < 300;

    /// <summary>The event, session, attempt and outcome; never the authorization value.</summary>
    public override string ToString()
        => $"{WebhookType} {EventType} for {SessionId} to {Url?.ToString() ?? "(no webhook)"} (attempt {Attempt}{(IsDuplicate ? ", duplicate" : string.Empty)}): {ResponseStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Error ?? "not sent"}";
}
