using Refit;

namespace Evo8x8.Client.Sessions;

/// <summary>Chat routes.</summary>
internal partial interface ISessionsRoutes
{
    [Post("/sessions/{sessionId}/members")]
    Task<SessionInfo> InviteChatMemberAsync(string sessionId, [Body] InviteChatMemberBody body, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    // The route names memberId, the DTO memberToRemove: the same value goes in both.
    [Delete("/sessions/{sessionId}/members/{memberId}")]
    Task<SessionInfo> DeleteChatMemberAsync(
        string sessionId, string memberId, [AliasAs("memberToRemove")] string memberToRemove, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/messages")]
    Task<MessageInfo> SendMessageAsync(string sessionId, [Body] SendMessageBody body, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Get("/sessions/{sessionId}/transcript")]
    Task<SessionChatTranscript> GetChatTranscriptAsync(
        string sessionId,
        [AliasAs("includeHistorical")] string? includeHistorical,
        [AliasAs("historicalCutOffDate")] string? historicalCutOffDate,
        [Header("Authorization")] string authorization,
        CancellationToken cancellationToken);
}
