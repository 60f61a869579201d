using System.Net;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;
using NodaTime;

namespace Evo8x8.Client.Tests.Evo;

/// <summary>The call-control operations against a loopback server: what goes on the wire and what comes back.</summary>
public sealed class SessionsApiCallControlTests
{
    private static readonly NewOutgoingSession Outgoing = new() { FlowId = "flow-ivr-1", NumberToDial = "+18144043093", CallerId = "+15557654321" };

    [Theory]
    [InlineData(200, "", null)]
    [InlineData(204, "", null)]
    [InlineData(200, "{}", "application/json")]
    [InlineData(200, """{"id":"session-9","anything":[1,2,3]}""", "application/json")]
    [InlineData(200, "<html>ok</html>", "text/html")]
    public async Task CreateOutgoingAsync_AnyAnswer_PostsTheFlowCallAndSucceeds(int status, string answer, string? contentType)
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(new ScriptedReply(status, answer, contentType));

        await evo.Sessions.CreateOutgoingAsync(Outgoing);

        evo.AssertOnlyRequest("POST", "/sessions/outgoing", bodyFixture: "new-outgoing-session-request.json");
    }

    [Fact]
    public async Task CreateOutgoingAsync_UserWithoutManagerRole_ThrowsNamingTheMissingRole()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Fixture(403, "Evo/Fixtures/servicestack-forbidden-role.json"));

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => evo.Sessions.CreateOutgoingAsync(Outgoing));

        Assert.Equal(HttpStatusCode.Forbidden, error.HttpStatus);
        Assert.Equal("Forbidden", error.ErrorCode);
        Assert.Equal("Invalid Role", error.ServiceMessage);
        Assert.Contains("POST sessions/outgoing with HTTP 403", error.Message, StringComparison.Ordinal);
        Assert.Contains("Manager or SystemAdministrator role", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EvoLoopback.Password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateOutgoingAsync_403WithAnEmptyBody_StillNamesTheMissingRole()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(new ScriptedReply(403, string.Empty, null));

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => evo.Sessions.CreateOutgoingAsync(Outgoing));

        Assert.Equal(HttpStatusCode.Forbidden, error.HttpStatus);
        Assert.Null(error.ErrorCode);
        Assert.Contains("Manager or SystemAdministrator role", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndAsync_403_IsNotGivenTheOutgoingCallsRoleHint()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Fixture(403, "Evo/Fixtures/servicestack-forbidden-role.json"));

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => evo.Sessions.EndAsync("session-1"));

        Assert.Contains("Invalid Role", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Manager", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateOutgoingAsync_NoFlow_ThrowsNamingTheFieldBeforeSending()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(
            () => evo.Sessions.CreateOutgoingAsync(Outgoing with { FlowId = " " }));

        Assert.Contains("flowId", error.Message, StringComparison.Ordinal);
        Assert.Empty(evo.Server.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("""{"responseStatus":null}""")]
    public async Task EndAsync_WithCallSid_SendsDeleteWithTheCallSidInTheQuery(string answer)
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Json(200, answer));

        await evo.Sessions.EndAsync("session-1", callSid: "CA0001");

        evo.AssertOnlyRequest("DELETE", "/sessions/session-1", "?callSid=CA0001");
    }

    [Theory]
    [InlineData(204, "")]
    [InlineData(200, "null")]
    [InlineData(200, """{"ok":true}""")]
    public async Task RedirectAsync_AnyAnswer_PostsTheTransfer(int status, string answer)
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Json(status, answer));

        await evo.Sessions.RedirectAsync("session-1", "+15559876543", callerId: "+15557654321");

        evo.AssertOnlyRequest("POST", "/sessions/session-1/redirect", bodyFixture: "redirect-session-request.json");
    }

    [Fact]
    public async Task HoldAsync_Transferring_PostsTheHoldAndReadsTheHeldSession()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("hold-session-response.json");

        SessionInfo held = await evo.Sessions.HoldAsync("session-1", SessionHoldReason.Transferring, callSid: "CA0001");

        evo.AssertOnlyRequest("POST", "/sessions/session-1/hold", bodyFixture: "hold-session-request.json");
        Assert.Equal(SessionCallState.Hold, held.CallState);
        Assert.Equal(SessionHoldReason.Transferring, held.HoldReason);
        Assert.Equal("ada@example.com", held.HeldByUserId);
        Assert.Equal("Hold queue", held.HoldQueueName);
    }

    [Fact]
    public async Task PatchAsync_EveryField_SendsThemAsJsonAndReadsTheSession()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("patch-session-response.json");
        var changes = new SessionPatch
        {
            ConsoleData = "order 1234",
            CallState = SessionCallState.Connected,
            HoldReason = SessionHoldReason.None,
            QueueState = SessionQueueState.Connected,
        };

        SessionInfo patched = await evo.Sessions.PatchAsync("session-1", changes);

        evo.AssertOnlyRequest("PATCH", "/sessions/session-1", bodyFixture: "patch-session-request.json");
        Assert.Equal("order 1234", patched.ConsoleData);
        Assert.Equal(SessionCallState.Connected, patched.CallState);
        Assert.Equal(SessionQueueState.Connected, patched.QueueState);
    }

    [Fact]
    public async Task PatchAsync_OnlyConsoleData_SendsNothingElse()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("patch-session-response.json");

        await evo.Sessions.PatchAsync("session-1", new SessionPatch { ConsoleData = "note" });

        Assert.Equal("""{"consoleData":"note"}""", Assert.Single(evo.Server.Requests).Body);
    }

    [Fact]
    public async Task AddConferenceMemberAsync_NewParty_PostsItAndReadsTheConference()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("add-conference-member-response.json");

        SessionInfo conference = await evo.Sessions.AddConferenceMemberAsync("session-1", "+15551112222", callSid: "CA0001", fromNumber: "+15557654321");

        evo.AssertOnlyRequest("POST", "/sessions/session-1/conference/members", bodyFixture: "add-conference-member-request.json");
        Assert.Equal("CF0001", conference.ConferenceSid);
        Assert.Equal("CA0002", conference.MostRecentParticipantCallSid);
        SessionMemberInfo added = conference.Members[1];
        Assert.Equal("+15551112222", added.Identity);
        Assert.Equal(SessionMemberRole.Transfer, added.Role);
        Assert.Equal(SessionMemberCallState.Ringing, added.CallState);
    }

    [Theory]
    [InlineData("reject")]
    [InlineData("record")]
    public async Task UnconfirmedPostOperations_EmptyAnswer_PostWithoutBody(string operation)
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(new ScriptedReply(200, string.Empty, null));

        await (operation == "reject" ? evo.Sessions.RejectAsync("session-1") : evo.Sessions.StartRecordingAsync("session-1"));

        evo.AssertOnlyRequest("POST", $"/sessions/session-1/{operation}");
    }

    [Fact]
    public async Task DeleteRangeAsync_Range_SendsTheAccountAndIsoTimesInTheQuery()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(new ScriptedReply(204, string.Empty, null));

        await evo.Sessions.DeleteRangeAsync("account-1", Instant.FromUtc(2024, 1, 1, 0, 0), Instant.FromUtc(2024, 2, 1, 12, 30));

        evo.AssertOnlyRequest("DELETE", "/sessions", "?accountId=account-1&startDateTime=2024-01-01T00%3A00%3A00Z&endDateTime=2024-02-01T12%3A30%3A00Z");
    }

    [Fact]
    public async Task DeleteRangeAsync_EndBeforeStart_ThrowsBeforeSending()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => evo.Sessions.DeleteRangeAsync("account-1", Instant.FromUtc(2024, 2, 1, 0, 0), Instant.FromUtc(2024, 1, 1, 0, 0)));

        Assert.Empty(evo.Server.Requests);
    }
}
