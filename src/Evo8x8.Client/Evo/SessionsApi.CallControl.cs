using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Evo;

/// <summary>Call control over the generated routes.</summary>
internal sealed partial class SessionsApi
{
    /// <summary>The route template of <c>NewOutgoingSession</c>; <see cref="EvoErrorReader"/> names its roles on a 403.</summary>
    internal const string OutgoingTemplate = "sessions/outgoing";

    public async Task CreateOutgoingAsync(NewOutgoingSession outgoing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        if (string.IsNullOrWhiteSpace(outgoing.FlowId) || string.IsNullOrWhiteSpace(outgoing.NumberToDial))
        {
            throw new ArgumentException(
                $"The outgoing call cannot be sent: {nameof(NewOutgoingSession.FlowId)} (flowId) and {nameof(NewOutgoingSession.NumberToDial)} (numberToDial) are both needed.",
                nameof(outgoing));
        }

        using HttpContent _ = await routes.CreateOutgoingAsync(outgoing, cancellationToken).ConfigureAwait(false);
    }

    public async Task EndAsync(string sessionId, string? callSid = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        using HttpContent _ = await routes.EndAsync(sessionId, Empty(callSid), cancellationToken).ConfigureAwait(false);
    }

    public async Task RedirectAsync(string sessionId, string destination, string? callerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        using HttpContent _ = await routes.RedirectAsync(sessionId, new RedirectSessionBody(sessionId, destination, callerId), cancellationToken).ConfigureAwait(false);
    }

    public Task<SessionInfo> HoldAsync(string sessionId, SessionHoldReason? reason = null, string? callSid = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return Session(routes.HoldAsync(sessionId, new HoldSessionBody(sessionId, callSid, reason), cancellationToken));
    }

    public Task<SessionInfo> PatchAsync(string sessionId, SessionPatch changes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentNullException.ThrowIfNull(changes);
        return Session(routes.PatchAsync(sessionId, changes, cancellationToken));
    }

    public Task<SessionInfo> AddConferenceMemberAsync(
        string sessionId, string destination, string? callSid = null, string? fromNumber = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var body = new AddConferenceMemberBody(sessionId, destination, callSid, fromNumber);
        return Session(routes.AddConferenceMemberAsync(sessionId, body, cancellationToken));
    }

    public async Task RejectAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        using HttpContent _ = await routes.RejectAsync(sessionId, cancellationToken).ConfigureAwait(false);
    }

    public async Task StartRecordingAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        using HttpContent _ = await routes.StartRecordingAsync(sessionId, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteRangeAsync(string accountId, Instant start, Instant end, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        if (end < start)
        {
            throw new ArgumentException($"The end {InstantPattern.General.Format(end)} is before the start {InstantPattern.General.Format(start)}.", nameof(end));
        }

        using HttpContent _ = await routes.DeleteRangeAsync(
            accountId, InstantPattern.ExtendedIso.Format(start), InstantPattern.ExtendedIso.Format(end), cancellationToken).ConfigureAwait(false);
    }

    private static Task<SessionInfo> Session(Task<SessionInfo> call) => EvoService.RequireAsync(call, "a session");
}
