using Evo8x8.Client.Core.Http;
using Refit;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's sessions routes as Refit declares them; the generated code builds every request.
/// <see cref="SessionsApi"/> adds validation and paging on top. Operations whose pages show no answer return
/// <see cref="HttpContent"/>, so any answer (empty, JSON, anything) is accepted and transport failures still reach
/// Refit's exception factories.
/// </summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal partial interface ISessionsRoutes
{
    [Get("/sessions/{sessionId}")]
    Task<SessionInfo> GetAsync(string sessionId, CancellationToken cancellationToken);

    [Post("/sessions")]
    Task<SessionInfo> CreateAsync([Body] NewSession session, CancellationToken cancellationToken);

    // Every ListSessions parameter in the order of Evo's reference, lists comma-joined; null values are left out.
    [Get("/sessions")]
    Task<SessionPage> ListPageAsync(
        [AliasAs("accountIds")] string? accountIds,
        [AliasAs("searchArchive")] string? searchArchive,
        [AliasAs("startDate")] string? startDate,
        [AliasAs("endDate")] string? endDate,
        [AliasAs("customerIds")] string? customerIds,
        [AliasAs("endpointIds")] string? endpointIds,
        [AliasAs("from")] string? from,
        [AliasAs("to")] string? to,
        [AliasAs("log")] string? log,
        [AliasAs("parentSessionId")] string? parentSessionId,
        [AliasAs("page")] int page,
        [AliasAs("all")] string? all,
        [AliasAs("countPerPage")] int? countPerPage,
        [AliasAs("specificIds")] string? specificIds,
        [AliasAs("sortField")] string? sortField,
        [AliasAs("sortOrder")] string? sortOrder,
        [AliasAs("simplifiedPaging")] string? simplifiedPaging,
        CancellationToken cancellationToken);

    // HttpContent, not Task: only then do Refit's exception factories see transport failures.
    [Delete("/sessions/{sessionId}")]
    Task<HttpContent> EndAsync(string sessionId, [AliasAs("callSid")] string? callSid, CancellationToken cancellationToken);

    [Get("/sessions/active")]
    Task<SessionListBody> ListActiveAsync(CancellationToken cancellationToken);

    [Get("/sessions/my")]
    Task<SessionListBody> ListMineAsync(CancellationToken cancellationToken);
}
