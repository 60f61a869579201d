using NodaTime;

namespace Evo8x8.Client.Testing;

/// <summary>
/// One webhook event the emulator produced, and what became of its delivery. An event whose type has no
/// registered (enabled) webhook is still recorded, with <see cref="Url"/> <see langword="null"/>, so a test can
/// read a session summary even without a receiver. <see cref="ToString"/> shows no secret.
/// </summary>
public sealed class WebhookDelivery
{
    internal WebhookDelivery(string webhookType, string eventType, string sessionId, string body, Instant producedAt)
    {
        WebhookType = webhookType;
        EventType = eventType;
        SessionId = sessionId;
        Body = body;
        ProducedAt = producedAt;
    }

    /// <summary>The webhook type it goes to: <c>VSS</c>, <c>VCS</c> or <c>VCA</c>.</summary>
    public string WebhookType { get; }

    /// <summary>The envelope's <c>eventType</c>: <c>SESSION_SUMMARY</c>, <c>CALL_STATUS</c> or <c>CALL_ACTION</c>.</summary>
    public string EventType { get; }

    /// <summary>The 8x8 session the event belongs to.</summary>
    public string SessionId { get; }

    /// <summary>The JSON posted (or that would have been posted), verbatim.</summary>
    public string Body { get; }

    /// <summary>The emulator clock's time when the event was produced (the simulated event's own time is in the body).</summary>
    public Instant ProducedAt { get; }

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

    /// <summary>The event, session and outcome; never the authorization value.</summary>
    public override string ToString()
        => $"{WebhookType} {EventType} for {SessionId} to {Url?.ToString() ?? "(no webhook)"}: {ResponseStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Error ?? "not sent"}";
}
