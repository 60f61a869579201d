using Evo8x8.Client.Core.Http;
using Refit;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>
/// The Apps API routes as Refit declares them (relative to <c>/apps/api/v1/</c>); the generated code builds every
/// request. <see cref="CcaiAppsClient"/> adds validation, the per-tenant rate limit and typed errors on top.
/// </summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface ICcaiAppsRoutes
{
    [Post("/calls")]
    Task<SessionMetadata> CreateOutboundCallAsync([Body] NewOutboundCall call, CancellationToken cancellationToken);

    [Post("/calls")]
    Task<SessionMetadata> CreateInboundCallAsync([Body] NewInboundCall call, CancellationToken cancellationToken);

    [Post("/calls")]
    Task<SessionMetadata> CreateScheduledCallAsync([Body] NewScheduledCall call, CancellationToken cancellationToken);

    [Get("/calls/{callId}/customer_flag")]
    Task<CcaiCustomerFlags> GetCustomerFlagsAsync(long callId, CancellationToken cancellationToken);

    // HttpContent, not Task: only then do Refit's exception factories see transport failures.
    [Patch("/calls/{callId}/customer_flag")]
    Task<HttpContent> UpdateCustomerFlagsAsync(long callId, [Body] CustomerFlagsUpdate flags, CancellationToken cancellationToken);

    [Get("/chats/{chatId}/media/{mediaId}")]
    Task<HttpContent> GetChatMediaAsync(long chatId, long mediaId, CancellationToken cancellationToken);
}
