namespace Evo8x8.Client.Voice.WebhookRegistrations;

/// <summary>8x8's answer to listing or creating webhooks: every webhook registered for the subaccount.</summary>
public sealed class WebhookRegistrationList
{
    // Source-generated reading assigns every init-only property, absent ones as null: keep the list non-null.
    private readonly IReadOnlyList<WebhookRegistration> _webhooks = [];

    /// <summary>The subaccount the webhooks belong to.</summary>
    public string? SubAccountId { get; init; }

    /// <summary>How many webhooks 8x8 says are registered.</summary>
    public int? Count { get; init; }

    /// <summary>The registered webhooks; empty when there are none.</summary>
    public IReadOnlyList<WebhookRegistration> Webhooks
    {
        get => _webhooks;
        init => _webhooks = Core.Json.WireList.WithoutNulls(value);
    }

    /// <summary>8x8's status code for the request (0 in its examples of success).</summary>
    public int? StatusCode { get; init; }

    /// <summary>8x8's status message, verbatim (<c>ok</c> in its examples).</summary>
    public string? StatusMessage { get; init; }
}
