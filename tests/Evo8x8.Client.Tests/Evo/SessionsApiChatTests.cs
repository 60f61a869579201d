using Evo8x8.Client.Evo;
using NodaTime;

namespace Evo8x8.Client.Tests.Evo;

/// <summary>The chat operations against a loopback server.</summary>
public sealed class SessionsApiChatTests
{
    [Fact]
    public async Task InviteChatMemberAsync_Member_PostsItAndReadsTheSession()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("chat-session-two-members.json");

        SessionInfo chat = await evo.Sessions.InviteChatMemberAsync("chat-1", "bob@example.com", callerId: "+15557654321");

        evo.AssertOnlyRequest("POST", "/sessions/chat-1/members", bodyFixture: "invite-chat-member-request.json");
        Assert.Equal(["ada@example.com", "bob@example.com"], chat.Members.Select(m => m.Identity));
    }

    [Fact]
    public async Task DeleteChatMemberAsync_PhoneNumber_SendsItInThePathAndAsMemberToRemove()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("chat-session-one-member.json");

        SessionInfo chat = await evo.Sessions.DeleteChatMemberAsync("chat-1", "+15551112222");

        evo.AssertOnlyRequest("DELETE", "/sessions/chat-1/members/+15551112222", "?memberToRemove=%2B15551112222");
        Assert.Equal("ada@example.com", Assert.Single(chat.Members).Identity);
    }

    [Fact]
    public async Task SendMessageAsync_Text_PostsItAndReadsTheMessageInfo()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("send-message-response.json");

        MessageInfo message = await evo.Sessions.SendMessageAsync("chat-1", "Your order ships today.");

        evo.AssertOnlyRequest("POST", "/sessions/chat-1/messages", bodyFixture: "send-message-request.json");
        Assert.Equal("String", message.Id);
        Assert.Equal("String", message.EndpointDisplayName);
        Assert.Equal(MessageDirection.Incoming, message.Direction);
        Assert.Equal("String", message.Date?.Raw);
        Assert.Null(message.Date?.Value);
        Assert.False(message.IsUnread);
    }

    [Fact]
    public async Task GetChatTranscriptAsync_WithHistory_SendsBothParametersAndReadsTheMessages()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("chat-transcript-response.json");

        SessionChatTranscript transcript = await evo.Sessions.GetChatTranscriptAsync("chat-1", includeHistorical: true, historicalCutOff: new LocalDate(2024, 6, 1));

        evo.AssertOnlyRequest("GET", "/sessions/chat-1/transcript", "?includeHistorical=true&historicalCutOffDate=2024-06-01");
        SessionChatTranscriptMessage message = Assert.Single(transcript.Messages);
        Assert.Equal("String", message.From);
        Assert.Equal("String", message.Body);
        Assert.Equal("String", message.MediaUri);
        Assert.Equal("String", message.MediaContentType);
    }

    [Fact]
    public async Task GetChatTranscriptAsync_NoOptions_SendsNoQuery()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("chat-transcript-response.json");

        await evo.Sessions.GetChatTranscriptAsync("chat-1");

        evo.AssertOnlyRequest("GET", "/sessions/chat-1/transcript");
    }

    [Theory]
    [InlineData("active")]
    [InlineData("my")]
    public async Task ListActiveAndMine_Answer_ReadTheSessions(string route)
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("active-sessions-response.json");

        IReadOnlyList<SessionInfo> sessions = route == "active" ? await evo.Sessions.ListActiveAsync().ToListAsync() : await evo.Sessions.ListMineAsync().ToListAsync();

        evo.AssertOnlyRequest("GET", $"/sessions/{route}");
        Assert.Equal(["session-1", "chat-1"], sessions.Select(s => s.Id));
        Assert.Equal(FlowChannel.Chat, sessions[1].Channel);
    }
}
