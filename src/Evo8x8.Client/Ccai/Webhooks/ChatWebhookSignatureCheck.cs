namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary>The outcome of checking a chat webhook's signature; every value but <see cref="Valid"/> is a refusal, named for the log.</summary>
public enum ChatWebhookSignatureCheck
{
    /// <summary>A signature of the header matches a configured secret.</summary>
    Valid,

    /// <summary>No <c>X-Signature</c> header, or one without <c>primary=</c> or <c>secondary=</c>.</summary>
    MissingSignature,

    /// <summary>No <c>X-Signature-Timestamp</c> header.</summary>
    MissingTimestamp,

    /// <summary>No signature matches any configured secret (wrong secret, changed body or timestamp).</summary>
    SignatureMismatch,

    /// <summary>The timestamp is unreadable, or outside the replay window when one is set.</summary>
    TimestampOutsideWindow,

    /// <summary>No secret is configured.</summary>
    NoSecretConfigured,
}
