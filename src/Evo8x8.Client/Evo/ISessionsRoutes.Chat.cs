using Refit;

namespace Evo8x8.Client.Evo;

/// <summary>Chat routes.</summary>
internal partial interface ISessionsRoutes
{
    [Post("/sessions/{sessionId}/members")]
    Task<SessionInfo> InviteChatMemberAsync(string sessionId, [Body] InviteChatMemberBody body, CancellationToken cancellationToken);

    // The route names memberId, the DTO memberToRemove: the same value goes in both.
    [Delete("/sessions/{sessionId}/members/{memberId}")]
    Task<SessionInfo> DeleteChatMemberAsync(
        string sessionId, string memberId, [AliasAs("memberToRemove")] string memberToRemove, CancellationToken cancellationToken);

    [Post("/sessions/{sessionId}/messages")]
    Task<MessageInfo> SendMessageAsync(string sessionId, [Body] SendMessageBody body, CancellationToken cancellationToken);

    [Get("/sessions/{sessionId}/transcript")]
    Task<SessionChatTranscript> GetChatTranscriptAsync(
        string sessionId,
        [AliasAs("includeHistorical")] string? includeHistorical,
        [AliasAs("historicalCutOffDate")] string? historicalCutOffDate,
        CancellationToken cancellationToken);
}
