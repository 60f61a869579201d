using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice.WebhookRegistrations;

/// <summary>
/// 8x8's webhooks resource: which of your URLs 8x8 posts each kind of voice event to. Receiving and parsing
/// those events is the job of the <c>Evo8x8.Client.Webhooks</c> namespace.
/// </summary>
public interface IWebhookRegistrationsApi
{
    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/webhooks</c>: lists the registered webhooks, one per type at most.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>
    /// A pager, read with <c>await foreach</c> (every webhook) or <c>GetPageAsync()</c> (8x8's answer); nothing is sent
    /// until then. Their auth header values are never returned, only whether one is set.
    /// </returns>
    /// <exception cref="VoiceApiException">8x8 refused the request with a JSON error body.</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body (401, 403, 404).</exception>
    Evo8x8Pager<WebhookRegistration, WebhookRegistrationList> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /api/v1/subaccounts/{subAccountId}/webhooks</c>: registers the URL 8x8 posts one type of event to,
    /// replacing any registration of that type.
    /// </summary>
    /// <param name="webhook">The type, the URL and the optional <c>Authorization</c> value 8x8 sends with each event.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The registered webhooks after the change.</returns>
    /// <exception cref="VoiceApiException">8x8 refused the registration (422 names the invalid parameter).</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body (401, 403, 404).</exception>
    Task<WebhookRegistrationList> CreateAsync(NewWebhookRegistration webhook, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>DELETE /api/v1/subaccounts/{subAccountId}/webhooks/{webhook-type}</c>: removes the registration of one type.
    /// Any type is sent, including <see cref="WebhookType.VirtualNumberUpdated"/> (VNU), which 8x8's OpenAPI path
    /// enum leaves out although VNU webhooks can be created.
    /// </summary>
    /// <param name="type">The type to remove, for example <see cref="WebhookType.SessionSummary"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The registration as it was before 8x8 deleted it.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is empty.</exception>
    /// <exception cref="VoiceApiException">8x8 refused the request with a JSON error body.</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body (401, 403, 404).</exception>
    Task<DeletedWebhookRegistration> DeleteAsync(WebhookType type, CancellationToken cancellationToken = default);
}
