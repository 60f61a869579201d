using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Evo;

/// <summary>Chat over the generated routes.</summary>
internal sealed partial class SessionsApi
{
    public Task<SessionInfo> InviteChatMemberAsync(string sessionId, string memberToAdd, string? callerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberToAdd);
        return Session(routes.InviteChatMemberAsync(sessionId, new InviteChatMemberBody(sessionId, memberToAdd, callerId), cancellationToken));
    }

    public Task<SessionInfo> DeleteChatMemberAsync(string sessionId, string member, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(member);
        return Session(routes.DeleteChatMemberAsync(sessionId, member, member, cancellationToken));
    }

    public Task<MessageInfo> SendMessageAsync(string sessionId, string body, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(body);
        Task<MessageInfo> call = routes.SendMessageAsync(sessionId, new SendMessageBody(sessionId, body), cancellationToken);
        return EvoService.RequireAsync(call, "the message");
    }

    public Task<SessionChatTranscript> GetChatTranscriptAsync(
        string sessionId, bool? includeHistorical = null, LocalDate? historicalCutOff = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        string? cutOff = historicalCutOff is { } date ? LocalDatePattern.Iso.Format(date) : null;
        Task<SessionChatTranscript> call = routes.GetChatTranscriptAsync(sessionId, Flag(includeHistorical), cutOff, cancellationToken);
        return EvoService.RequireAsync(call, "the transcript");
    }
}
