using NodaTime;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>
/// The two webhook secrets of CCAI Platform's Developer Settings and the checks of a chat webhook. Read through
/// <c>IOptionsMonitor</c>, so a rotated secret applies to the next delivery. <see cref="ToString"/> never shows a secret.
/// </summary>
public sealed class CcaiChatWebhookOptions
{
    /// <summary>The primary secret; after a rotation the platform's labels may lag, so either secret may check either signature.</summary>
    public string? PrimarySecret { get; set; }

    /// <summary>The secondary secret; leave it unset when the tenant has only one.</summary>
    public string? SecondarySecret { get; set; }

    /// <summary>
    /// How old (or how far ahead) <c>X-Signature-Timestamp</c> may be; <see langword="null"/> (the default) turns the check off,
    /// as Google documents neither a window nor the timestamp's unit. Read as epoch seconds, epoch milliseconds or ISO 8601.
    /// </summary>
    public Duration? ReplayWindow { get; set; }

    /// <summary>The largest body accepted, in bytes (default 1 MiB); a larger one is answered 413 unread.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Shows the settings with the secrets masked.</summary>
    /// <returns>The settings, without any secret.</returns>
    public override string ToString()
        => $"CcaiChatWebhookOptions {{ PrimarySecret = {Mask(PrimarySecret)}, SecondarySecret = {Mask(SecondarySecret)}, ReplayWindow = {ReplayWindow?.ToString() ?? "off"} }}";

    private static string Mask(string? secret) => string.IsNullOrEmpty(secret) ? "<not set>" : "***";
}
