using System.Text.Json.Serialization;
using Evo8x8.Client.Evo.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// An Evo Voice session (a call, chat or fax) as <c>GET /sessions/{sessionId}</c> and <c>POST /sessions</c> return it.
/// Every field is optional on the wire: what Evo leaves out is <see langword="null"/>, <see langword="false"/> or empty.
/// </summary>
/// <remarks>
/// Evo's own type derives from <c>EntityInfo</c>; its fields (<see cref="Id"/>, <see cref="DateCreated"/>,
/// <see cref="DateLastModified"/>, <see cref="CreatedBy"/>, <see cref="LastModifiedBy"/>) are here directly.
/// Build one with an object initializer to stand in for Evo in your own tests.
/// </remarks>
public sealed class SessionInfo
{
    /// <summary>The session's Evo id, the one <see cref="ISessionsApi.GetAsync"/> takes.</summary>
    public string? Id { get; init; }

    /// <summary>When Evo created the session.</summary>
    [JsonConverter(typeof(EvoTimestampJsonConverter))]
    public EvoTimestamp? DateCreated { get; init; }

    /// <summary>When Evo last changed the session.</summary>
    [JsonConverter(typeof(EvoTimestampJsonConverter))]
    public EvoTimestamp? DateLastModified { get; init; }

    /// <summary>The user that created the session.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The user that last changed the session.</summary>
    public string? LastModifiedBy { get; init; }

    /// <summary>Whether the session is dialing out right now.</summary>
    public SessionDialState? DialState { get; init; }

    /// <summary>Where the session's call stands.</summary>
    public SessionCallState? CallState { get; init; }

    /// <summary>Where the session stands in a call queue.</summary>
    public SessionQueueState? QueueState { get; init; }

    /// <summary>The Evo account the session belongs to.</summary>
    public string? AccountId { get; init; }

    /// <summary>The name of the account the session belongs to.</summary>
    public string? AccountName { get; init; }

    /// <summary>The customer the session is associated with.</summary>
    public string? CustomerId { get; init; }

    /// <summary>The customers from the top of the account down to <see cref="CustomerId"/>; empty when there are none.</summary>
    public IReadOnlyList<CustomerBreadcrumb> CustomerBreadcrumb { get; init => field = Core.Json.WireList.WithoutNulls(value); } = [];

    /// <summary>The name of the customer the session is associated with.</summary>
    public string? CustomerName { get; init; }

    /// <summary>The endpoint (phone number, user, team) the session is associated with.</summary>
    public string? EndpointId { get; init; }

    /// <summary>The name of the endpoint the session is associated with.</summary>
    public string? EndpointName { get; init; }

    /// <summary>When the call completed; <see langword="null"/> while it goes on.</summary>
    [JsonConverter(typeof(EvoTimestampJsonConverter))]
    public EvoTimestamp? DateCompleted { get; init; }

    /// <summary>What was dialed (for example what was entered into the dial box).</summary>
    public string? Destination { get; init; }

    /// <summary>The address the session was directed to, if any.</summary>
    public string? ToAddress { get; init; }

    /// <summary>The address the session came from, if any.</summary>
    public string? FromAddress { get; init; }

    /// <summary>The name the session came from, if any.</summary>
    public string? FromName { get; init; }

    /// <summary>The name of whoever answered, if anyone did.</summary>
    public string? AnsweredByName { get; init; }

    /// <summary>The queue member the call is assigned to.</summary>
    public string? QueueMemberId { get; init; }

    /// <summary>The kind of conversation (voice, chat, fax).</summary>
    public FlowChannel? Channel { get; init; }

    /// <summary>True once the session has ended.</summary>
    public bool Ended { get; init; }

    /// <summary>The outcome of the call, in Evo's words.</summary>
    public string? Outcome { get; init; }

    /// <summary>The telephony (Twilio) call SID of the session.</summary>
    public string? CallSid { get; init; }

    /// <summary>Data the session shows in Evo's console.</summary>
    public string? ConsoleData { get; init; }

    /// <summary>The hold queue the call waits in.</summary>
    public string? HoldQueueName { get; init; }

    /// <summary>The user who put the call on hold.</summary>
    public string? HeldByUserId { get; init; }

    /// <summary>Why the call is on hold.</summary>
    public SessionHoldReason? HoldReason { get; init; }

    /// <summary>The conference SID while the call is a conference.</summary>
    public string? ConferenceSid { get; init; }

    /// <summary>The session's display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>What the session's flow did, oldest first as Evo sends it; empty when there is no log (null entries are left out).</summary>
    public IReadOnlyList<SessionLogInfo> Log { get; init => field = Core.Json.WireList.WithoutNulls(value); } = [];

    /// <summary>The parties in the session; empty when there are none (null entries are left out).</summary>
    public IReadOnlyList<SessionMemberInfo> Members { get; init => field = Core.Json.WireList.WithoutNulls(value); } = [];

    /// <summary>The number to call back (typically for SIP-to-user calls).</summary>
    public string? CallbackNumber { get; init; }

    /// <summary>The endpoint that answered.</summary>
    public string? AnsweredById { get; init; }

    /// <summary>Whether the session is incoming or outgoing.</summary>
    public SessionDirection? Direction { get; init; }

    /// <summary>The phone number the session comes from (used with SMS chats).</summary>
    public string? FromPhoneNumber { get; init; }

    /// <summary>The call SID of the participant most recently added to the conference.</summary>
    public string? MostRecentParticipantCallSid { get; init; }

    /// <summary>True when the session was missed.</summary>
    public bool WasMissed { get; init; }

    /// <summary>The ring queue the call is in.</summary>
    public string? RingQueueId { get; init; }
}
