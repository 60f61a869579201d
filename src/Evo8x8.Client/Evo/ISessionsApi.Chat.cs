using Evo8x8.Client.Core;
using NodaTime;

namespace Evo8x8.Client.Evo;

/// <summary>Chat: members, messages and the transcript of a chat session.</summary>
public partial interface ISessionsApi
{
    /// <summary><c>POST /sessions/{sessionId}/members</c> (Evo's <c>InviteChatMember</c>): adds a member to a chat session.</summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="memberToAdd">A cell phone number or a user id (email address).</param>
    /// <param name="callerId">The outbound caller ID to use; not sent when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The session with its new member.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> or <paramref name="memberToAdd"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<SessionInfo> InviteChatMemberAsync(string sessionId, string memberToAdd, string? callerId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>DELETE /sessions/{sessionId}/members/{memberId}</c> (Evo's <c>DeleteChatMember</c>): removes a member from a
    /// chat session. The route names <c>memberId</c> while the request names <c>memberToRemove</c>, so the member is
    /// sent as both.
    /// </summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="member">The member as it was added: a cell phone number or a user id (email address).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The session without the member.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> or <paramref name="member"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<SessionInfo> DeleteChatMemberAsync(string sessionId, string member, CancellationToken cancellationToken = default);

    /// <summary><c>POST /sessions/{sessionId}/messages</c> (Evo's <c>SendMessage</c>): posts a message to a chat session.</summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="body">The message's text.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The message as Evo stored it.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> or <paramref name="body"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the message.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<MessageInfo> SendMessageAsync(string sessionId, string body, CancellationToken cancellationToken = default);

    /// <summary><c>GET /sessions/{sessionId}/transcript</c> (Evo's <c>GetChatTranscript</c>): the messages of a chat session.</summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="includeHistorical">
    /// <see langword="true"/> adds earlier messages with the same chat party; not sent when <see langword="null"/>.
    /// </param>
    /// <param name="historicalCutOff">
    /// How far back earlier messages go (Evo allows at most six months), sent as <c>yyyy-MM-dd</c>; not sent when
    /// <see langword="null"/>. Evo's reference does not give the format; this one is the SDK's choice.
    /// </param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<SessionChatTranscript> GetChatTranscriptAsync(
        string sessionId, bool? includeHistorical = null, LocalDate? historicalCutOff = null, CancellationToken cancellationToken = default);
}
