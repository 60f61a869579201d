using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Voice.WebhookRegistrations;

/// <summary>
/// A webhook to register: the kind of event, your URL, and optionally the <c>Authorization</c> value 8x8
/// sends with each event so that your receiver can tell 8x8 from anyone else. <see cref="ToString"/> never
/// shows that value.
/// </summary>
public sealed class NewWebhookRegistration : ISecretBearer
{
    /// <summary>Creates a registration for one kind of event.</summary>
    /// <param name="type">The kind of event, for example <see cref="WebhookType.SessionSummary"/>.</param>
    /// <param name="url">Your absolute http or https address that receives the events.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is empty, or <paramref name="url"/> is not an absolute http(s) address.</exception>
    [JsonConstructor]
    public NewWebhookRegistration(WebhookType type, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrWhiteSpace(type.Value))
        {
            throw new ArgumentException("The webhook type is empty; pass one such as WebhookType.SessionSummary (VSS).", nameof(type));
        }

        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The webhook url '{url}' must be an absolute http or https address that 8x8 can reach.", nameof(url));
        }

        Type = type;
        Url = url;
    }

    /// <summary>The kind of event 8x8 posts to <see cref="Url"/>.</summary>
    [JsonPropertyOrder(0)]
    public WebhookType Type { get; }

    /// <summary>The address 8x8 posts the events to.</summary>
    [JsonPropertyOrder(1)]
    public Uri Url { get; }

    /// <summary>
    /// The value 8x8 sends as the <c>Authorization</c> header of every event (a secret: never logged or shown);
    /// <see langword="null"/> registers none.
    /// </summary>
    [JsonPropertyOrder(2)]
    public string? HttpAuthHeader { get; init; }

    /// <summary>
    /// Whether 8x8 posts events at once, sent as <c>enabled</c>; <see langword="null"/> (the default) sends no flag and
    /// takes 8x8's default, enabled. 8x8's OpenAPI body says <c>enabled</c> while its IVR and VSS guides send
    /// <c>active</c>; responses always say <c>enabled</c>, so that is the one name sent, and only when you set it.
    /// Whether the server also honours <c>active</c> is unconfirmed.
    /// </summary>
    [JsonPropertyOrder(3)]
    public bool? Enabled { get; init; }

    /// <summary>The auth value, and its credentials alone when it reads <c>Scheme credentials</c>.</summary>
    IEnumerable<string?> ISecretBearer.Secrets => [HttpAuthHeader, HttpAuthHeader?.Split(' ', 2, StringSplitOptions.TrimEntries) is [_, var credentials] ? credentials : null];

    /// <summary>Shows the registration with the auth header value masked.</summary>
    public override string ToString()
        => $"NewWebhookRegistration {{ Type = {Type}, Url = {Url}, HttpAuthHeader = {(HttpAuthHeader is null ? "<not set>" : "***")}, Enabled = {Enabled?.ToString() ?? "<default>"} }}";
}
