namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>Limits that <see cref="WebhookParser"/> applies to every body.</summary>
public sealed class WebhookParserOptions
{
    /// <summary>The default body size limit: 1 MiB, far above any payload 8x8 documents.</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The largest body, in UTF-8 bytes, that is parsed; a larger one is refused before it is read whole.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;
}
