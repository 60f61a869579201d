namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>Which family of malformed input a <see cref="WebhookParseException"/> reports.</summary>
public enum WebhookParseFailure
{
    /// <summary>The body is empty or only whitespace.</summary>
    Empty,

    /// <summary>The body is larger than <see cref="WebhookParserOptions.MaxBodyBytes"/>.</summary>
    TooLarge,

    /// <summary>The body is not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>The body is not well-formed JSON: truncated, not JSON at all, or with trailing text.</summary>
    InvalidJson,

    /// <summary>The body is JSON but not a webhook: no <c>eventType</c>, no <c>payload</c>, or a value of the wrong type.</summary>
    InvalidContent,
}
