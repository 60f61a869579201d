using Evo8x8.Client.Core.Http;
using Refit;

namespace Evo8x8.Client.Voice.WebhookRegistrations;

/// <summary>8x8's webhooks routes as Refit declares them.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface IWebhookRegistrationsRoutes
{
    [Get("/api/v1/subaccounts/{subAccountId}/webhooks")]
    Task<WebhookRegistrationList> ListAsync(string subAccountId, CancellationToken cancellationToken);

    [Post("/api/v1/subaccounts/{subAccountId}/webhooks")]
    Task<WebhookRegistrationList> CreateAsync(string subAccountId, [Body] NewWebhookRegistration webhook, CancellationToken cancellationToken);

    [Delete("/api/v1/subaccounts/{subAccountId}/webhooks/{webhook-type}")]
    Task<DeletedWebhookRegistration> DeleteAsync(string subAccountId, [AliasAs("webhook-type")] string webhookType, CancellationToken cancellationToken);
}
