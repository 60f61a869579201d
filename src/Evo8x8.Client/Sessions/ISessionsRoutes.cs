using Evo8x8.Client.Http;
using Refit;

namespace Evo8x8.Client.Sessions;

/// <summary>
/// Evo Voice's sessions routes as Refit declares them; the generated code builds every request.
/// <see cref="SessionsApi"/> adds validation and paging on top.
/// </summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface ISessionsRoutes
{
    [Get("/sessions/{sessionId}")]
    Task<SessionInfo> GetAsync(string sessionId, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Post("/sessions")]
    Task<SessionInfo> CreateAsync([Body] NewSession session, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    // The query keeps the order and the comma-joined lists of Evo's CLI; null values are left out.
    [Get("/sessions")]
    Task<SessionPage> ListPageAsync(
        [AliasAs("accountIds")] string? accountIds,
        [AliasAs("startDate")] string? startDate,
        [AliasAs("endDate")] string? endDate,
        [AliasAs("customerIds")] string? customerIds,
        [AliasAs("endpointIds")] string? endpointIds,
        [AliasAs("from")] string? from,
        [AliasAs("to")] string? to,
        [AliasAs("parentSessionId")] string? parentSessionId,
        [AliasAs("page")] int page,
        [AliasAs("countPerPage")] int? countPerPage,
        [AliasAs("sortField")] string? sortField,
        [AliasAs("sortOrder")] string? sortOrder,
        [Header("Authorization")] string authorization,
        CancellationToken cancellationToken);

    // HttpContent, not Task: only then do Refit's exception factories see transport failures.
    [Delete("/sessions/{sessionId}")]
    Task<HttpContent> EndAsync(string sessionId, [Header("Authorization")] string authorization, CancellationToken cancellationToken);
}
