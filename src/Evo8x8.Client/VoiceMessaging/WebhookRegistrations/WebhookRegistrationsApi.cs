using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging.WebhookRegistrations;

/// <summary>The webhooks resource over HTTP.</summary>
internal sealed class WebhookRegistrationsApi(JsonApiConnection connection, VoiceClientOptions options) : IWebhookRegistrationsApi
{
    private const string Template = "api/v1/subaccounts/{subAccountId}/webhooks";

    private readonly string _path = $"api/v1/subaccounts/{Uri.EscapeDataString(options.SubAccountId)}/webhooks";

    public Task<WebhookRegistrationList> ListAsync(CancellationToken cancellationToken = default)
        => connection.SendAsync(new ApiRoute(HttpMethod.Get, Template, _path), null, Evo8x8JsonContext.Default.WebhookRegistrationList, cancellationToken);

    public async Task<WebhookRegistrationList> CreateAsync(NewWebhookRegistration webhook, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        using ByteArrayContent body = JsonApiConnection.JsonBody(webhook, Evo8x8JsonContext.Default.NewWebhookRegistration);
        return await connection.SendAsync(new ApiRoute(HttpMethod.Post, Template, _path), body, Evo8x8JsonContext.Default.WebhookRegistrationList, cancellationToken)
            .ConfigureAwait(false);
    }

    public Task<DeletedWebhookRegistration> DeleteAsync(WebhookType type, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(type.Value))
        {
            throw new ArgumentException("The webhook type to delete is empty; pass one such as WebhookType.SessionSummary (VSS).", nameof(type));
        }

        var route = new ApiRoute(HttpMethod.Delete, Template + "/{webhook-type}", $"{_path}/{Uri.EscapeDataString(type.Value)}");
        return connection.SendAsync(route, null, Evo8x8JsonContext.Default.DeletedWebhookRegistration, cancellationToken);
    }
}
