using System.Net;
using Evo8x8.Client.Evo.Auth;
using Evo8x8.Client.Evo.Calls;
using Evo8x8.Client.Evo;
using NodaTime;

namespace Evo8x8.Client.Testing.Tests.Evo;

/// <summary>The emulator's chat operations and its views of the user and the account, through the SDK.</summary>
public sealed class EvoChatAndAccountTests
{
    [Fact]
    public async Task InviteThenDelete_ChatMember_AddsAndRemovesIt()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo chat = await evo.ChatAsync();

        SessionInfo invited = await evo.Sessions.InviteChatMemberAsync(chat.Id!, "bob@example.com");
        SessionInfo removed = await evo.Sessions.DeleteChatMemberAsync(chat.Id!, "bob@example.com");

        Assert.Equal("bob@example.com", Assert.Single(invited.Members).Identity);
        Assert.Empty(removed.Members);
        EvoApiException again = await Assert.ThrowsAsync<EvoApiException>(() => evo.Sessions.DeleteChatMemberAsync(chat.Id!, "bob@example.com"));
        Assert.Equal(HttpStatusCode.NotFound, again.HttpStatus);
    }

    [Fact]
    public async Task InviteChatMember_VoiceSession_Is400()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync();

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => evo.Sessions.InviteChatMemberAsync(call.Id!, "bob@example.com"));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatus);
        Assert.Contains("not a chat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_TwoMessages_AnswerMessageInfoAndFillTheTranscript()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo chat = await evo.ChatAsync();

        MessageInfo first = await evo.Sessions.SendMessageAsync(chat.Id!, "Hello");
        evo.Emulator.Clock.Advance(Duration.FromSeconds(30));
        await evo.Sessions.SendMessageAsync(chat.Id!, "Your order ships today.");
        SessionChatTranscript transcript = await evo.Sessions.GetChatTranscriptAsync(chat.Id!);

        Assert.Equal(MessageDirection.Outgoing, first.Direction);
        Assert.Equal("+15550009999", first.OtherAddress);
        Assert.Equal(["Hello", "Your order ships today."], transcript.Messages.Select(m => m.Body));
        Assert.Equal(first.Date?.Value, transcript.Messages[0].Date?.Value);
        Assert.True(transcript.Messages[1].Date?.Value - first.Date?.Value >= Duration.FromSeconds(30));
    }

    [Fact]
    public async Task ActiveAndMySessions_EndedSession_IsLeftOut()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo live = await evo.CallAsync();
        SessionInfo ended = await evo.CallAsync();
        await evo.Sessions.EndAsync(ended.Id!);

        Assert.Equal([live.Id], (await evo.Sessions.ListActiveAsync().ToListAsync()).Select(s => s.Id));
        Assert.Equal([live.Id], (await evo.Sessions.ListMineAsync().ToListAsync()).Select(s => s.Id));
    }

    [Fact]
    public async Task ActiveCalls_Manager_ListsLiveVoiceCallsWithTheirState()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync("+15551234567");
        await evo.ChatAsync();
        await evo.Sessions.HoldAsync(call.Id!);
        evo.Emulator.Clock.Advance(Duration.FromSeconds(90));

        CallInfo active = Assert.Single(await evo.Evo.Calls.ListActiveAsync("emulator-account").ToListAsync());

        Assert.Equal(call.CallSid, active.Sid);
        Assert.Equal("on-hold", active.Status);
        Assert.InRange(active.Duration, 80, 90);
        Assert.Equal("+15551234567", active.To);
        Assert.Empty(await evo.Evo.Calls.ListActiveAsync("another-account").ToListAsync());
    }

    [Fact]
    public async Task ActiveCalls_UserWithoutManagerRole_Is403NamingTheRole()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync(new Evo8x8EmulatorOptions { EvoRoles = ["User"] });

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => evo.Evo.Calls.ListActiveAsync().ToListAsync());

        Assert.Equal(HttpStatusCode.Forbidden, error.HttpStatus);
        Assert.Contains("Manager or SystemAdministrator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthStatus_Credentials_DescribeTheUserAndRoles()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync(new Evo8x8EmulatorOptions { EvoRoles = ["User", "SystemAdministrator"] });

        UserInfo? user = await evo.Evo.Auth.GetStatusAsync();

        Assert.NotNull(user);
        Assert.True(user.IsAuthenticated);
        Assert.Equal(evo.Emulator.EvoUserName, user.EmailAddress);
        Assert.True(user.HasRole("SystemAdministrator"));
        Assert.Equal(["emulator-account"], user.AccountIds);
        Assert.Equal(UserManagerAccess.ReadWrite, user.ManagerAccess);
        Assert.Contains(DashboardPermission.ViewCallCenter, user.DashboardPermissions);
    }

    [Fact]
    public async Task AuthStatus_NoCredentials_IsNull()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using var raw = new HttpClient { BaseAddress = emulator.BaseAddress };

        using HttpResponseMessage response = await raw.GetAsync("auth/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("null", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeleteRange_AccountAndRange_RemovesOnlyThoseSessions()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo early = await evo.CallAsync();
        evo.Emulator.Clock.Advance(Duration.FromHours(2));
        SessionInfo late = await evo.CallAsync();
        Instant start = EmulatorClock.DefaultStart;

        await evo.Sessions.DeleteRangeAsync("emulator-account", start, start + Duration.FromHours(1));

        Assert.Equal([late.Id], (await evo.ListAsync(new SessionListQuery())).Select(s => s.Id));
        await Assert.ThrowsAsync<EvoApiException>(() => evo.Sessions.GetAsync(early.Id!));
    }
}
