using Evo8x8.Client.Http;

namespace Evo8x8.Client.VoiceMessaging.WebhookRegistrations;

/// <summary>The webhooks resource over the generated <see cref="IWebhookRegistrationsRoutes"/>.</summary>
internal sealed class WebhookRegistrationsApi(IWebhookRegistrationsRoutes routes, VoiceAccount account) : IWebhookRegistrationsApi
{
    public Task<WebhookRegistrationList> ListAsync(CancellationToken cancellationToken = default)
        => Answer.VoiceAsync(routes.ListAsync(account.SubAccountId, account.Authorization, cancellationToken), "the webhooks");

    public Task<WebhookRegistrationList> CreateAsync(NewWebhookRegistration webhook, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        return Answer.VoiceAsync(routes.CreateAsync(account.SubAccountId, webhook, account.Authorization, cancellationToken), "the webhooks");
    }

    public Task<DeletedWebhookRegistration> DeleteAsync(WebhookType type, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(type.Value))
        {
            throw new ArgumentException("The webhook type to delete is empty; pass one such as WebhookType.SessionSummary (VSS).", nameof(type));
        }

        return Answer.VoiceAsync(routes.DeleteAsync(account.SubAccountId, type.Value, account.Authorization, cancellationToken), "the deleted webhook");
    }
}
