using Refit;

namespace Evo8x8.Client.Sessions;

/// <summary>Call-control routes.</summary>
internal partial interface ISessionsRoutes
{
    [Post("/sessions/outgoing")]
    Task<HttpContent> CreateOutgoingAsync([Body] NewOutgoingSession outgoing, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/redirect")]
    Task<HttpContent> RedirectAsync(string sessionId, [Body] RedirectSessionBody body, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/hold")]
    Task<SessionInfo> HoldAsync(string sessionId, [Body] HoldSessionBody body, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Patch("/sessions/{sessionId}")]
    Task<SessionInfo> PatchAsync(string sessionId, [Body] SessionPatch changes, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/conference/members")]
    Task<SessionInfo> AddConferenceMemberAsync(
        string sessionId, [Body] AddConferenceMemberBody body, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/reject")]
    Task<HttpContent> RejectAsync(string sessionId, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/record")]
    Task<HttpContent> StartRecordingAsync(string sessionId, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Delete("/sessions")]
    Task<HttpContent> DeleteRangeAsync(
        [AliasAs("accountId")] string accountId,
        [AliasAs("startDateTime")] string startDateTime,
        [AliasAs("endDateTime")] string endDateTime,
        [Header("Authorization")] string authorization,
        CancellationToken cancellationToken);
}
