using System.Globalization;
using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>
/// Evo Voice's call control: an outgoing flow call (Manager or SystemAdministrator only), redirect (transfer), hold,
/// patch, conference members, and, after Evo's CLI, reject and record. The operations whose pages show no answer
/// (outgoing, redirect, reject, record) answer 200 with an empty body; the others answer the session.
/// </summary>
internal sealed class EvoCallControlEndpoint(EvoGate gate, EvoSessionStore store, EvoSessionActions actions, string userName)
{
    /// <summary>The roles Evo's reference names for <c>NewOutgoingSession</c> and <c>GetActiveCalls</c>.</summary>
    public static readonly IReadOnlyList<string> ManagerRoles = ["Manager", "SystemAdministrator"];

    private int _calls;

    public async Task CreateOutgoingAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, ManagerRoles).ConfigureAwait(false) || await EvoSessionActions.FieldsAsync(request, "NewOutgoingSession").ConfigureAwait(false) is not { } fields)
        {
            return;
        }

        string? flowId = fields.Text("flowId");
        string? number = fields.Text("numberToDial");
        if (flowId is null || number is null)
        {
            await ResponseStatusJson.MissingAsync(request.Context, flowId is null ? "FlowId" : "NumberToDial").ConfigureAwait(false);
            return;
        }

        int call = Interlocked.Increment(ref _calls);
        string callerId = fields.Text("callerId") ?? string.Create(CultureInfo.InvariantCulture, $"+1555010{call % 10000:0000}");
        string id = Guid.NewGuid().ToString("N");
        Instant created = store.NextCreationStamp();
        var session = new EvoSession
        {
            Id = id,
            DateCreated = created,
            DateLastModified = created,
            CreatedBy = userName,
            Texts = new(StringComparer.Ordinal) { ["destination"] = number, ["toAddress"] = number, ["fromAddress"] = callerId, ["fromPhoneNumber"] = callerId, ["flowId"] = flowId },
            Channel = "Voice",
            Direction = "Outgoing",
            CallState = "Connected",
            CallSid = "CA" + id,
        };
        session.Members.Add(new EvoMember(number, "Caller", isOriginal: true) { CallSid = session.CallSid, CallState = "Connected" });
        session.Log.Add((store.Now, $"Outgoing call to {number} from {callerId}"));
        session.Log.Add((store.Now, $"Call answered; flow {flowId} started"));
        store.Add(session);
        request.Context.Response.StatusCode = StatusCodes.Status200OK;
    }

    public Task RedirectAsync(EmulatorRequest request) => actions.ActAsync(request, "RedirectSession", answerSession: false, (session, fields, now) =>
    {
        if (fields.Text("destination") is not { } destination)
        {
            return Refusal.Missing("Destination");
        }

        session.Texts["destination"] = destination;
        session.Texts["toAddress"] = destination;
        session.CallState = "Ringing";
        session.HoldReason = "None";
        session.HeldByUserId = null;
        session.Members.Add(new EvoMember(destination, "Transfer", isOriginal: false) { CallSid = NewCallSid(session), CallState = "Ringing" });
        session.Note(now, $"Redirected to {destination}");
        return null;
    });

    public Task HoldAsync(EmulatorRequest request) => actions.ActAsync(request, "HoldSession", answerSession: true, (session, fields, now) =>
    {
        session.CallState = "Hold";
        session.HoldReason = fields.Text("reason") is null ? "None" : EvoSessionActions.Chosen(fields, "reason", EvoSession.HoldReasons, "SessionHoldReason");
        session.HeldByUserId = userName;
        session.Members.FindAll(m => fields.Text("callSid") is not { } sid || m.CallSid == sid).ForEach(m => m.CallState = "Hold");
        session.Note(now, $"Call held by {userName} ({session.HoldReason})");
        return null;
    });

    public Task PatchAsync(EmulatorRequest request) => actions.ActAsync(request, "PatchSession", answerSession: true, (session, fields, now) =>
    {
        if (fields.Text("consoleData") is { } consoleData)
        {
            session.Texts["consoleData"] = consoleData;
        }

        if (fields.Text("callState") is not null)
        {
            session.CallState = EvoSessionActions.Chosen(fields, "callState", EvoSession.CallStates, "SessionCallState");
            if (session.CallState != "Hold")
            {
                session.HoldReason = "None";
                session.HeldByUserId = null;
                session.Members.FindAll(m => m.CallState == "Hold").ForEach(m => m.CallState = "Connected");
            }
        }

        if (fields.Text("holdReason") is not null)
        {
            session.HoldReason = EvoSessionActions.Chosen(fields, "holdReason", EvoSession.HoldReasons, "SessionHoldReason");
        }

        if (fields.Text("queueState") is not null)
        {
            session.QueueState = EvoSessionActions.Chosen(fields, "queueState", EvoSession.QueueStates, "SessionQueueState");
        }

        session.Note(now, "Session updated");
        return null;
    });

    public Task AddConferenceMemberAsync(EmulatorRequest request) => actions.ActAsync(request, "AddConferenceMember", answerSession: true, (session, fields, now) =>
    {
        if (fields.Text("destination") is not { } destination)
        {
            return Refusal.Missing("Destination");
        }

        session.ConferenceSid ??= "CF" + session.Id;
        string callSid = NewCallSid(session);
        session.Members.Add(new EvoMember(destination, "Transfer", isOriginal: false) { CallSid = callSid, CallState = "Ringing" });
        session.MostRecentParticipantCallSid = callSid;
        session.Note(now, $"Conference: dialing {destination}");
        return null;
    });

    public Task RejectAsync(EmulatorRequest request) => actions.ActAsync(request, "RejectSession", answerSession: false, (session, _, now) =>
    {
        session.End(now, "Session rejected", outcome: "Rejected");
        return null;
    });

    public Task RecordAsync(EmulatorRequest request) => actions.ActAsync(request, "RecordSession", answerSession: false, (session, _, now) =>
    {
        session.Note(now, "Recording started");
        return null;
    });

    private static string NewCallSid(EvoSession session) => string.Create(CultureInfo.InvariantCulture, $"CA{session.Id}-{session.Members.Count + 1}");
}
