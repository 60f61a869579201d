using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Evo8x8.Client.Sessions;

/// <summary>Chat over HTTP.</summary>
internal sealed partial class SessionsApi
{
    public Task<SessionInfo> InviteChatMemberAsync(string sessionId, string memberToAdd, string? callerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberToAdd);
        var route = new ApiRoute(HttpMethod.Post, "sessions/{sessionId}/members", ItemPath(sessionId, "/members"));
        return SendForSessionAsync(route, new InviteChatMemberBody(sessionId, memberToAdd, callerId), Evo8x8JsonContext.Default.InviteChatMemberBody, cancellationToken);
    }

    public Task<SessionInfo> DeleteChatMemberAsync(string sessionId, string member, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(member);
        string escaped = Uri.EscapeDataString(member);
        var route = new ApiRoute(HttpMethod.Delete, "sessions/{sessionId}/members/{memberId}", ItemPath(sessionId, $"/members/{escaped}?memberToRemove={escaped}"));
        return connection.SendAsync(route, null, Evo8x8JsonContext.Default.SessionInfo, cancellationToken);
    }

    public async Task<MessageInfo> SendMessageAsync(string sessionId, string body, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(body);
        var route = new ApiRoute(HttpMethod.Post, "sessions/{sessionId}/messages", ItemPath(sessionId, "/messages"));
        using ByteArrayContent content = JsonApiConnection.JsonBody(new SendMessageBody(sessionId, body), Evo8x8JsonContext.Default.SendMessageBody);
        return await connection.SendAsync(route, content, Evo8x8JsonContext.Default.MessageInfo, cancellationToken).ConfigureAwait(false);
    }

    public Task<ChatTranscript> GetChatTranscriptAsync(
        string sessionId, bool? includeHistorical = null, LocalDate? historicalCutOff = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var query = new List<string>(2);
        if (includeHistorical is { } include)
        {
            query.Add(include ? "includeHistorical=true" : "includeHistorical=false");
        }

        if (historicalCutOff is { } cutOff)
        {
            query.Add("historicalCutOffDate=" + LocalDatePattern.Iso.Format(cutOff));
        }

        string rest = "/transcript" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
        var route = new ApiRoute(HttpMethod.Get, "sessions/{sessionId}/transcript", ItemPath(sessionId, rest));
        return connection.SendAsync(route, null, Evo8x8JsonContext.Default.ChatTranscript, cancellationToken);
    }
}
