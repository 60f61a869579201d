using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging.WebhookRegistrations;

/// <summary>The webhooks resource over HTTP.</summary>
internal sealed class WebhookRegistrationsApi(JsonApiConnection connection, VoiceClientOptions options) : IWebhookRegistrationsApi
{
    private readonly SubAccountResource _webhooks = new(options, "webhooks");

    public Task<WebhookRegistrationList> ListAsync(CancellationToken cancellationToken = default)
        => connection.SendAsync(_webhooks.Route(HttpMethod.Get), null, Evo8x8JsonContext.Default.WebhookRegistrationList, cancellationToken);

    public async Task<WebhookRegistrationList> CreateAsync(NewWebhookRegistration webhook, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        using ByteArrayContent body = JsonApiConnection.JsonBody(webhook, Evo8x8JsonContext.Default.NewWebhookRegistration);
        return await connection.SendAsync(_webhooks.Route(HttpMethod.Post), body, Evo8x8JsonContext.Default.WebhookRegistrationList, cancellationToken)
            .ConfigureAwait(false);
    }

    public Task<DeletedWebhookRegistration> DeleteAsync(WebhookType type, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(type.Value))
        {
            throw new ArgumentException("The webhook type to delete is empty; pass one such as WebhookType.SessionSummary (VSS).", nameof(type));
        }

        ApiRoute route = _webhooks.Item(HttpMethod.Delete, "webhook-type", type.Value);
        return connection.SendAsync(route, null, Evo8x8JsonContext.Default.DeletedWebhookRegistration, cancellationToken);
    }
}
