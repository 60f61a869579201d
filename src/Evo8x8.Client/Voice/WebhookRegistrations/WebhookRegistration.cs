namespace Evo8x8.Client.Voice.WebhookRegistrations;

/// <summary>One registered webhook as 8x8 lists it; the auth header value itself never comes back.</summary>
public sealed class WebhookRegistration
{
    /// <summary>The kind of event posted to <see cref="Url"/>.</summary>
    public WebhookType Type { get; init; }

    /// <summary>The address 8x8 posts the events to.</summary>
    public string? Url { get; init; }

    /// <summary>Whether 8x8 currently posts events to it.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Whether an <c>Authorization</c> value was registered with it.</summary>
    public bool? HttpAuthHeaderAvailable { get; init; }
}
