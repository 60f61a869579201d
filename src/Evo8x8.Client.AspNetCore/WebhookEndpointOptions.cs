using Evo8x8.Client.Webhooks;

namespace Evo8x8.Client.AspNetCore;

/// <summary>How the webhook endpoint authenticates and limits deliveries.</summary>
public sealed class WebhookEndpointOptions
{
    /// <summary>
    /// The exact <c>Authorization</c> header value 8x8 sends: the <c>httpAuthHeader</c> you set when creating the
    /// webhook. It is compared in constant time and never logged. Required unless <see cref="AllowUnauthenticated"/>.
    /// </summary>
    public string? AuthorizationHeaderValue { get; set; }

    /// <summary>
    /// Accepts deliveries without checking <c>Authorization</c>. Only for webhooks created without
    /// <c>httpAuthHeader</c> behind another guard; anyone who knows the address can then post events.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>The largest body accepted, in bytes (default 1 MiB); a larger one is answered 413 without being read whole.</summary>
    public int MaxBodyBytes { get; set; } = WebhookParserOptions.DefaultMaxBodyBytes;

    /// <summary>Hides the secret: the default record-like output would not, and options get logged.</summary>
    /// <returns>A description without the header value.</returns>
    public override string ToString()
        => $"WebhookEndpointOptions {{ AuthorizationHeaderValue = {(AuthorizationHeaderValue is null ? "(none)" : "***")}, AllowUnauthenticated = {AllowUnauthenticated}, MaxBodyBytes = {MaxBodyBytes} }}";
}
