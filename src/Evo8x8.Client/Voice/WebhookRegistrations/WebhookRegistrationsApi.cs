namespace Evo8x8.Client.Voice.WebhookRegistrations;

/// <summary>The webhooks resource over the generated <see cref="IWebhookRegistrationsRoutes"/>.</summary>
internal sealed class WebhookRegistrationsApi(IWebhookRegistrationsRoutes routes, VoiceAccount account) : IWebhookRegistrationsApi
{
    public Task<WebhookRegistrationList> ListAsync(CancellationToken cancellationToken = default)
        => VoiceService.RequireAsync(routes.ListAsync(account.SubAccountId, cancellationToken), "the webhooks");

    public Task<WebhookRegistrationList> CreateAsync(NewWebhookRegistration webhook, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        return VoiceService.RequireAsync(routes.CreateAsync(account.SubAccountId, webhook, cancellationToken), "the webhooks");
    }

    public Task<DeletedWebhookRegistration> DeleteAsync(WebhookType type, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(type.Value))
        {
            throw new ArgumentException("The webhook type to delete is empty; pass one such as WebhookType.SessionSummary (VSS).", nameof(type));
        }

        return VoiceService.RequireAsync(routes.DeleteAsync(account.SubAccountId, type.Value, cancellationToken), "the deleted webhook");
    }
}
