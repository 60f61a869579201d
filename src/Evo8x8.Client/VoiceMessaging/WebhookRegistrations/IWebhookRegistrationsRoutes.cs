using Evo8x8.Client.Http;
using Refit;

namespace Evo8x8.Client.VoiceMessaging.WebhookRegistrations;

/// <summary>8x8's webhooks routes as Refit declares them.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface IWebhookRegistrationsRoutes
{
    [Get("/api/v1/subaccounts/{subAccountId}/webhooks")]
    Task<WebhookRegistrationList> ListAsync(string subAccountId, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Post("/api/v1/subaccounts/{subAccountId}/webhooks")]
    Task<WebhookRegistrationList> CreateAsync(string subAccountId, [Body] NewWebhookRegistration webhook, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Delete("/api/v1/subaccounts/{subAccountId}/webhooks/{webhook-type}")]
    Task<DeletedWebhookRegistration> DeleteAsync(string subAccountId, [AliasAs("webhook-type")] string webhookType, [Header("Authorization")] string authorization, CancellationToken cancellationToken);
}
