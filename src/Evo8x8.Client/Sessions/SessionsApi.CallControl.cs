using System.Globalization;
using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Evo8x8.Client.Sessions;

/// <summary>Call control over HTTP.</summary>
internal sealed partial class SessionsApi
{
    /// <summary>The route of <c>NewOutgoingSession</c>; <see cref="EvoErrorReader"/> names its roles on a 403.</summary>
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

        var route = new ApiRoute(HttpMethod.Post, OutgoingTemplate, OutgoingTemplate);
        using ByteArrayContent body = JsonApiConnection.JsonBody(outgoing, Evo8x8JsonContext.Default.NewOutgoingSession);
        await connection.SendAsync(route, body, cancellationToken).ConfigureAwait(false);
    }

    public Task EndAsync(string sessionId, string? callSid = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        string query = string.IsNullOrEmpty(callSid) ? string.Empty : $"?callSid={Uri.EscapeDataString(callSid)}";
        var route = new ApiRoute(HttpMethod.Delete, ItemTemplate, ItemPath(sessionId, query));
        return connection.SendAsync(route, null, cancellationToken);
    }

    public async Task RedirectAsync(string sessionId, string destination, string? callerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var route = new ApiRoute(HttpMethod.Post, "sessions/{sessionId}/redirect", ItemPath(sessionId, "/redirect"));
        using ByteArrayContent body = JsonApiConnection.JsonBody(new RedirectSessionBody(sessionId, destination, callerId), Evo8x8JsonContext.Default.RedirectSessionBody);
        await connection.SendAsync(route, body, cancellationToken).ConfigureAwait(false);
    }

    public Task<SessionInfo> HoldAsync(string sessionId, SessionHoldReasons? reason = null, string? callSid = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var route = new ApiRoute(HttpMethod.Post, "sessions/{sessionId}/hold", ItemPath(sessionId, "/hold"));
        return SendForSessionAsync(route, new HoldSessionBody(sessionId, callSid, reason), Evo8x8JsonContext.Default.HoldSessionBody, cancellationToken);
    }

    public Task<SessionInfo> PatchAsync(string sessionId, SessionPatch changes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentNullException.ThrowIfNull(changes);
        var route = new ApiRoute(HttpMethod.Patch, ItemTemplate, ItemPath(sessionId));
        return SendForSessionAsync(route, changes, Evo8x8JsonContext.Default.SessionPatch, cancellationToken);
    }

    public Task<SessionInfo> AddConferenceMemberAsync(
        string sessionId, string destination, string? callSid = null, string? fromNumber = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var route = new ApiRoute(HttpMethod.Post, "sessions/{sessionId}/conference/members", ItemPath(sessionId, "/conference/members"));
        var body = new AddConferenceMemberBody(sessionId, destination, callSid, fromNumber);
        return SendForSessionAsync(route, body, Evo8x8JsonContext.Default.AddConferenceMemberBody, cancellationToken);
    }

    public Task RejectAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var route = new ApiRoute(HttpMethod.Post, "sessions/{sessionId}/reject", ItemPath(sessionId, "/reject"));
        return connection.SendAsync(route, null, cancellationToken);
    }

    public Task StartRecordingAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var route = new ApiRoute(HttpMethod.Post, "sessions/{sessionId}/record", ItemPath(sessionId, "/record"));
        return connection.SendAsync(route, null, cancellationToken);
    }

    public Task DeleteRangeAsync(string accountId, Instant start, Instant end, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        if (end < start)
        {
            throw new ArgumentException($"The end {InstantPattern.General.Format(end)} is before the start {InstantPattern.General.Format(start)}.", nameof(end));
        }

        string path = string.Create(
            CultureInfo.InvariantCulture,
            $"{CollectionTemplate}?accountId={Uri.EscapeDataString(accountId)}&startDateTime={Uri.EscapeDataString(InstantPattern.ExtendedIso.Format(start))}&endDateTime={Uri.EscapeDataString(InstantPattern.ExtendedIso.Format(end))}");
        var route = new ApiRoute(HttpMethod.Delete, CollectionTemplate, path);
        return connection.SendAsync(route, null, cancellationToken);
    }

    private async Task<SessionInfo> SendForSessionAsync<TBody>(
        ApiRoute route, TBody request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TBody> bodyType, CancellationToken cancellationToken)
    {
        using ByteArrayContent body = JsonApiConnection.JsonBody(request, bodyType);
        return await connection.SendAsync(route, body, Evo8x8JsonContext.Default.SessionInfo, cancellationToken).ConfigureAwait(false);
    }
}
