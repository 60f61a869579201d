namespace Evo8x8.Client.Evo;

// The JSON bodies of the session operations whose fields the SDK takes as method parameters; each mirrors the request
// DTO on Evo's metadata page, route values included, because ServiceStack binds path, query and body into one DTO.

/// <summary>Evo's <c>RedirectSession</c>.</summary>
internal sealed record RedirectSessionBody(string SessionId, string Destination, string? CallerId);

/// <summary>Evo's <c>HoldSession</c>.</summary>
internal sealed record HoldSessionBody(string SessionId, string? CallSid, SessionHoldReason? Reason);

/// <summary>Evo's <c>AddConferenceMember</c>.</summary>
internal sealed record AddConferenceMemberBody(string SessionId, string Destination, string? CallSid, string? FromNumber);

/// <summary>Evo's <c>InviteChatMember</c>.</summary>
internal sealed record InviteChatMemberBody(string SessionId, string MemberToAdd, string? CallerId);

/// <summary>Evo's <c>SendMessage</c> to a session.</summary>
internal sealed record SendMessageBody(string SessionId, string Body);

/// <summary>Evo's <c>GetActiveSessionsResponse</c> and <c>GetMySessionsResponse</c>: <c>{ sessions: [...] }</c>.</summary>
internal sealed class SessionListBody
{
    public IReadOnlyList<SessionInfo>? Sessions { get; init; }
}
