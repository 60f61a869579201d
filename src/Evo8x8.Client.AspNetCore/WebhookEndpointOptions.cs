using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.AspNetCore;

/// <summary>How the webhook endpoint authenticates, filters and limits deliveries.</summary>
/// <remarks>
/// Read through <c>IOptionsMonitor</c> when registered with
/// <see cref="WebhookServiceCollectionExtensions.AddEightByEightWebhooks(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>,
/// so that a changed configuration (a rotated secret, a new network) applies to the next delivery without a restart.
/// </remarks>
public sealed class WebhookEndpointOptions
{
    /// <summary>
    /// The exact <c>Authorization</c> header value 8x8 sends: the <c>httpAuthHeader</c> you set when creating the
    /// webhook. It is compared in constant time and never logged. Required unless <see cref="AuthorizationHeaderValues"/>
    /// has a value or <see cref="AllowUnauthenticated"/> is set.
    /// </summary>
    public string? AuthorizationHeaderValue { get; set; }

    /// <summary>
    /// More accepted <c>Authorization</c> values, for rotation: accept the old and the new value while 8x8's webhook is
    /// updated, then remove the old one. Every value is compared in constant time; none is logged.
    /// </summary>
    public IList<string> AuthorizationHeaderValues { get; } = [];

    /// <summary>
    /// Accepts deliveries without checking <c>Authorization</c>. Only for webhooks created without
    /// <c>httpAuthHeader</c> behind another guard; anyone who knows the address can then post events.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>
    /// When not empty, only deliveries from these addresses (<c>203.0.113.7</c>), networks (<c>203.0.113.0/24</c>) or the
    /// preset <see cref="WebhookSourceAddresses.EightByEightVoicePreset"/> are accepted; others are answered 403. The address
    /// is the connection's: behind a proxy, use ASP.NET Core's forwarded-headers middleware with the proxy as known proxy.
    /// IPv4 is read in four decimal parts only; a legacy form (<c>"10"</c>, <c>"010.0.0.1"</c>) is refused at start-up.
    /// </summary>
    public IList<string> AllowedSources { get; } = [];

    /// <summary>
    /// The name that keeps this endpoint's de-duplication claims apart from other endpoints' in a shared claim store
    /// (default: the endpoint's route pattern). Give two endpoints the same name only when they receive the same webhooks.
    /// </summary>
    public string? DeduplicationScope { get; set; }

    /// <summary>The largest body accepted, in bytes (default 1 MiB); a larger one is answered 413 without being read whole.</summary>
    public long MaxBodyBytes { get; set; } = WebhookParserOptions.DefaultMaxBodyBytes;

    /// <summary>Hides the secrets: the default record-like output would not, and options get logged.</summary>
    /// <returns>A description without any header value.</returns>
    public override string ToString()
        => $"WebhookEndpointOptions {{ AuthorizationHeaderValue = {(AuthorizationHeaderValue is null ? "(none)" : "***")}, "
            + $"AuthorizationHeaderValues = {AuthorizationHeaderValues.Count} value(s), AllowUnauthenticated = {AllowUnauthenticated}, "
            + $"AllowedSources = [{string.Join(", ", AllowedSources)}], DeduplicationScope = {DeduplicationScope ?? "(route)"}, "
            + $"MaxBodyBytes = {MaxBodyBytes} }}";
}
