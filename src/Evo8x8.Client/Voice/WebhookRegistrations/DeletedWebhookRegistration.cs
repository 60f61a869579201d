namespace Evo8x8.Client.Voice.WebhookRegistrations;

/// <summary>8x8's answer to deleting a webhook: the registration that was removed, with 8x8's status.</summary>
public sealed class DeletedWebhookRegistration
{
    /// <summary>The subaccount the webhook belonged to.</summary>
    public string? SubAccountId { get; init; }

    /// <summary>The kind of event the removed webhook received.</summary>
    public WebhookType Type { get; init; }

    /// <summary>The address 8x8 posted those events to.</summary>
    public string? Url { get; init; }

    /// <summary>Whether the webhook was enabled.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Whether an <c>Authorization</c> value had been registered with it.</summary>
    public bool? HttpAuthHeaderAvailable { get; init; }

    /// <summary>8x8's status code for the request (0 in its example).</summary>
    public int? StatusCode { get; init; }

    /// <summary>8x8's status message, verbatim (<c>deleted</c> in its example).</summary>
    public string? StatusMessage { get; init; }
}
