using System.Net;
using System.Text.Json;
using Evo8x8.Client.Evo;

namespace Evo8x8.Client.Testing.Tests.Evo;

/// <summary>The emulator's call control, driven through the SDK: each operation's visible change to the session.</summary>
public sealed class EvoCallControlTests
{
    [Fact]
    public async Task Hold_Transferring_SetsCallStateReasonAndHolder()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync();

        SessionInfo held = await evo.Sessions.HoldAsync(call.Id!, SessionHoldReason.Transferring);

        Assert.Equal(SessionCallState.Hold, held.CallState);
        Assert.Equal(SessionHoldReason.Transferring, held.HoldReason);
        Assert.Equal(evo.Emulator.EvoUserName, held.HeldByUserId);
        Assert.NotNull(held.HoldQueueName);
        Assert.Equal(SessionCallState.Hold, (await evo.Sessions.GetAsync(call.Id!)).CallState);
    }

    [Fact]
    public async Task Hold_UnknownReason_Is400NamingTheField()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync();

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => evo.Sessions.HoldAsync(call.Id!, new SessionHoldReason("Lunch")));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatus);
        Assert.Equal("reason", Assert.Single(error.FieldErrors).FieldName);
    }

    [Fact]
    public async Task Redirect_NewDestination_ChangesTheDestinationAndRingsTheTransferTarget()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync("+15551234567");
        await evo.Sessions.HoldAsync(call.Id!, SessionHoldReason.Transferring);

        await evo.Sessions.RedirectAsync(call.Id!, "+15559876543");

        SessionInfo after = await evo.Sessions.GetAsync(call.Id!);
        Assert.Equal("+15559876543", after.Destination);
        Assert.Equal("+15559876543", after.ToAddress);
        Assert.Equal(SessionCallState.Ringing, after.CallState);
        Assert.Equal(SessionHoldReason.None, after.HoldReason);
        SessionMemberInfo target = Assert.Single(after.Members);
        Assert.Equal(SessionMemberRole.Transfer, target.Role);
        Assert.Contains(after.Log, entry => entry.Message == "Redirected to +15559876543");
    }

    [Fact]
    public async Task Redirect_NoDestination_Is400NotEmpty()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync();
        using HttpClient raw = EmulatorHttp.RawEvo(evo.Emulator);

        (int status, JsonElement error) = await EmulatorHttp.ReadAsync(await raw.PostAsync($"sessions/{call.Id}/redirect", EmulatorHttp.Json("{}")));

        Assert.Equal(400, status);
        Assert.Equal("NotEmpty", error.GetProperty("responseStatus").GetProperty("errorCode").GetString());
        Assert.Equal("Destination", error.GetProperty("responseStatus").GetProperty("errors")[0].GetProperty("fieldName").GetString());
    }

    [Fact]
    public async Task End_Session_EndsItAndRefusesLaterHolds()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync();

        await evo.Sessions.EndAsync(call.Id!);

        SessionInfo ended = await evo.Sessions.GetAsync(call.Id!);
        Assert.True(ended.Ended);
        Assert.Equal(SessionCallState.Disconnected, ended.CallState);
        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => evo.Sessions.HoldAsync(call.Id!));
        Assert.Contains("has ended", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_ConferenceMembersCallSid_EndsOnlyThatLeg()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync();
        SessionInfo conference = await evo.Sessions.AddConferenceMemberAsync(call.Id!, "+15551112222");

        await evo.Sessions.EndAsync(call.Id!, callSid: conference.MostRecentParticipantCallSid);

        SessionInfo after = await evo.Sessions.GetAsync(call.Id!);
        Assert.False(after.Ended);
        Assert.Empty(after.Members);
        Assert.Equal(conference.ConferenceSid, after.ConferenceSid);
    }

    [Fact]
    public async Task AddConferenceMember_Destination_MakesAConferenceAndDialsTheMember()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync();

        SessionInfo conference = await evo.Sessions.AddConferenceMemberAsync(call.Id!, "+15551112222", callSid: call.CallSid);

        Assert.NotNull(conference.ConferenceSid);
        SessionMemberInfo member = Assert.Single(conference.Members);
        Assert.Equal("+15551112222", member.Identity);
        Assert.Equal(SessionMemberCallState.Ringing, member.CallState);
        Assert.Equal(conference.MostRecentParticipantCallSid, member.CallSid);
    }

    [Fact]
    public async Task Patch_ConnectedAfterHold_ResumesAndKeepsConsoleData()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync();
        await evo.Sessions.HoldAsync(call.Id!, SessionHoldReason.Transferring);

        SessionInfo patched = await evo.Sessions.PatchAsync(call.Id!, new SessionPatch { CallState = SessionCallState.Connected, ConsoleData = "order 1234", QueueState = SessionQueueState.Connected });

        Assert.Equal(SessionCallState.Connected, patched.CallState);
        Assert.Equal(SessionHoldReason.None, patched.HoldReason);
        Assert.Null(patched.HeldByUserId);
        Assert.Equal("order 1234", patched.ConsoleData);
        Assert.Equal(SessionQueueState.Connected, patched.QueueState);
    }

    [Fact]
    public async Task Patch_ValuesInTheQuery_AreBoundLikeServiceStack()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync();
        using HttpClient raw = EmulatorHttp.RawEvo(evo.Emulator);

        using var request = new HttpRequestMessage(HttpMethod.Patch, $"sessions/{call.Id}?consoleData=from-query&callState=hold");
        (int status, JsonElement patched) = await EmulatorHttp.ReadAsync(await raw.SendAsync(request));

        Assert.Equal(200, status);
        Assert.Equal("from-query", patched.GetProperty("consoleData").GetString());
        Assert.Equal("Hold", patched.GetProperty("callState").GetString());
    }

    [Fact]
    public async Task CreateOutgoing_Manager_DialsAndRunsTheFlowWithAnEmptyAnswer()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();

        await evo.Sessions.CreateOutgoingAsync(new NewOutgoingSession { FlowId = "flow-1", NumberToDial = "+18144043093" });

        SessionInfo dialed = Assert.Single(await evo.ListAsync(new SessionListQuery { To = "+18144043093" }));
        Assert.Equal(SessionDirection.Outgoing, dialed.Direction);
        Assert.Equal(SessionCallState.Connected, dialed.CallState);
        Assert.StartsWith("+1555010", dialed.FromPhoneNumber, StringComparison.Ordinal);
        Assert.Contains(dialed.Log, entry => entry.Message == "Call answered; flow flow-1 started");
        RecordedRequest request = Assert.Single(evo.Emulator.Requests, r => r.Route == EmulatorRoute.CreateOutgoingSession);
        Assert.Equal("POST", request.Method);
    }

    [Fact]
    public async Task CreateOutgoing_UserWithoutManagerRole_Is403NamingTheRole()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync(new Evo8x8EmulatorOptions { EvoRoles = ["User"] });

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(
            () => evo.Sessions.CreateOutgoingAsync(new NewOutgoingSession { FlowId = "flow-1", NumberToDial = "+18144043093" }));

        Assert.Equal(HttpStatusCode.Forbidden, error.HttpStatus);
        Assert.Equal("Invalid Role", error.ServiceMessage);
        Assert.Contains("Manager or SystemAdministrator", error.Message, StringComparison.Ordinal);
        Assert.Empty(await evo.ListAsync(new SessionListQuery()));
    }

    [Fact]
    public async Task RejectAndRecord_LiveCall_EndRejectedAndLogTheRecording()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo recorded = await evo.CallAsync();
        SessionInfo rejected = await evo.CallAsync("+15550002222");

        await evo.Sessions.StartRecordingAsync(recorded.Id!);
        await evo.Sessions.RejectAsync(rejected.Id!);

        Assert.Contains((await evo.Sessions.GetAsync(recorded.Id!)).Log, entry => entry.Message == "Recording started");
        SessionInfo after = await evo.Sessions.GetAsync(rejected.Id!);
        Assert.True(after.Ended);
        Assert.Equal("Rejected", after.Outcome);
    }
}
