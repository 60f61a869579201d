using Evo8x8.Client.Core;
using NodaTime;

namespace Evo8x8.Client.Evo;

/// <summary>Call control: dial out through a flow, transfer, hold, change, end, add a party.</summary>
public partial interface ISessionsApi
{
    /// <summary>
    /// <c>POST /sessions/outgoing</c>: Evo dials <see cref="NewOutgoingSession.NumberToDial"/> and runs the flow once
    /// the call is answered (voice only). Needs Evo's Manager or SystemAdministrator role: a 403 raises an
    /// <see cref="EvoApiException"/> that names them. Evo's reference shows no answer, so any answer is accepted and
    /// the new session is not returned; find it with <see cref="ListAsync"/>. Sent once, never retried.
    /// </summary>
    /// <param name="outgoing">The flow, the number and, optionally, the caller ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when Evo accepted the call.</returns>
    /// <exception cref="ArgumentException">The flow or the number is missing.</exception>
    /// <exception cref="EvoApiException">Evo refused the call (missing role, caller ID not owned, unknown flow).</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached.</exception>
    Task CreateOutgoingAsync(NewOutgoingSession outgoing, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>DELETE /sessions/{sessionId}</c> (Evo's <c>EndSession</c>): ends a session, or, with
    /// <paramref name="callSid"/>, the call with that SID in it. Evo's reference shows no answer, so any answer is accepted.
    /// </summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="callSid">The local call SID to end (sent as the <c>callSid</c> query parameter); none when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when Evo accepted the request.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached.</exception>
    Task EndAsync(string sessionId, string? callSid = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /sessions/{sessionId}/redirect</c> (Evo's <c>RedirectSession</c>): transfers the session to a new
    /// destination. What a destination may be (number, user, queue) is not documented; a phone number works in Evo's
    /// tool. Evo's reference shows no answer, so any answer is accepted.
    /// </summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="destination">Where the session goes, for example <c>+15551234567</c>.</param>
    /// <param name="callerId">The caller ID to present to the destination; Evo chooses when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when Evo accepted the transfer.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> or <paramref name="destination"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the transfer.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached.</exception>
    Task RedirectAsync(string sessionId, string destination, string? callerId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /sessions/{sessionId}/hold</c> (Evo's <c>HoldSession</c>): puts the session's call on hold. There is no
    /// unhold operation in Evo's reference; <see cref="PatchAsync"/> can set the call state back.
    /// </summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="reason">Why the call is held, for example <see cref="SessionHoldReason.Transferring"/>; not sent when <see langword="null"/>.</param>
    /// <param name="callSid">The local call SID to hold; not sent when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The session as Evo holds it now.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the hold.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<SessionInfo> HoldAsync(string sessionId, SessionHoldReason? reason = null, string? callSid = null, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /sessions/{sessionId}</c> (Evo's <c>PatchSession</c>): changes a session's console data and states.</summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="changes">The fields to change; the others stay as they are.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The session after the change.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the change.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<SessionInfo> PatchAsync(string sessionId, SessionPatch changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /sessions/{sessionId}/conference/members</c> (Evo's <c>AddConferenceMember</c>): turns the call into a
    /// conference if it is not one yet and dials another party into it.
    /// </summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="destination">The party to invite, for example <c>+15551234567</c>.</param>
    /// <param name="callSid">The SID of the active call on the voice device; not sent when <see langword="null"/>.</param>
    /// <param name="fromNumber">The caller ID to present to the new party; not sent when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The session with its conference and new member.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> or <paramref name="destination"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached, or answered something unreadable.</exception>
    Task<SessionInfo> AddConferenceMemberAsync(
        string sessionId, string destination, string? callSid = null, string? fromNumber = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /sessions/{sessionId}/reject</c>: rejects an incoming session. Unconfirmed: known only from Evo's
    /// command-line tool, which sends no body; any answer is accepted.
    /// </summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when Evo accepted the request.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the request (also a 404 or 405 if the route does not exist).</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached.</exception>
    Task RejectAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /sessions/{sessionId}/record</c>: starts recording a session. Unconfirmed: known only from Evo's
    /// command-line tool, which sends no body; any answer is accepted.
    /// </summary>
    /// <param name="sessionId">The session's Evo id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when Evo accepted the request.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty.</exception>
    /// <exception cref="EvoApiException">Evo refused the request (also a 404 or 405 if the route does not exist).</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached.</exception>
    Task StartRecordingAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>DELETE /sessions?accountId=…&amp;startDateTime=…&amp;endDateTime=…</c>: deletes every session of an account
    /// created in a time range. Unconfirmed: known only from Evo's command-line tool (no reference page, no role
    /// stated); any answer is accepted. Sent once, never retried.
    /// </summary>
    /// <param name="accountId">The account whose sessions go.</param>
    /// <param name="start">The start of the range, sent as ISO 8601 UTC.</param>
    /// <param name="end">The end of the range, sent as ISO 8601 UTC.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when Evo accepted the request.</returns>
    /// <exception cref="ArgumentException"><paramref name="accountId"/> is empty or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="EvoApiException">Evo refused the request.</exception>
    /// <exception cref="Evo8x8ApiException">Evo could not be reached.</exception>
    Task DeleteRangeAsync(string accountId, Instant start, Instant end, CancellationToken cancellationToken = default);
}
