using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice.WebhookRegistrations;

/// <summary>The webhooks resource over the generated <see cref="IWebhookRegistrationsRoutes"/>.</summary>
internal sealed class WebhookRegistrationsApi(IWebhookRegistrationsRoutes routes, VoiceAccount account) : IWebhookRegistrationsApi
{
    public Evo8x8Pager<WebhookRegistration, WebhookRegistrationList> ListAsync(CancellationToken cancellationToken = default)
        => new((_, token) => VoiceService.RequireAsync(routes.ListAsync(account.SubAccountId, token), "the webhooks"), list => list.Webhooks, cancellationToken);

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
