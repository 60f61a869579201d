using Refit;

namespace Evo8x8.Client.Evo;

/// <summary>Call-control routes.</summary>
internal partial interface ISessionsRoutes
{
    [Post("/sessions/outgoing")]
    Task<HttpContent> CreateOutgoingAsync([Body] NewOutgoingSession outgoing, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/redirect")]
    Task<HttpContent> RedirectAsync(string sessionId, [Body] RedirectSessionBody body, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/hold")]
    Task<SessionInfo> HoldAsync(string sessionId, [Body] HoldSessionBody body, CancellationToken cancellationToken);

    [Patch("/sessions/{sessionId}")]
    Task<SessionInfo> PatchAsync(string sessionId, [Body] SessionPatch changes, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/conference/members")]
    Task<SessionInfo> AddConferenceMemberAsync(
        string sessionId, [Body] AddConferenceMemberBody body, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/reject")]
    Task<HttpContent> RejectAsync(string sessionId, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/record")]
    Task<HttpContent> StartRecordingAsync(string sessionId, CancellationToken cancellationToken);

    [Delete("/sessions")]
    Task<HttpContent> DeleteRangeAsync(
        [AliasAs("accountId")] string accountId,
        [AliasAs("startDateTime")] string startDateTime,
        [AliasAs("endDateTime")] string endDateTime,
        CancellationToken cancellationToken);
}
