using NodaTime;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// Builds the CCAI Platform models the SDK hands you, for your own tests: received models are read-only, so code that
/// reads call metadata cannot set their properties in a test. Every parameter is optional; left out, the member is
/// <see langword="null"/> as if the platform had not sent it.
/// </summary>
public static class CcaiModelFactory
{
    /// <summary>Creates a session's metadata (a call or chat) as <see cref="SessionMetadataReader"/> reads it.</summary>
    /// <param name="id">The session id.</param>
    /// <param name="callType">The call's type (for example <see cref="CcaiSessionType.VoiceInbound"/>); leave it out for a chat.</param>
    /// <param name="chatType">The chat's type; leave it out for a call.</param>
    /// <param name="status">The session's status.</param>
    /// <param name="lang">The language code.</param>
    /// <param name="createdAt">When the session was created.</param>
    /// <param name="queuedAt">When it entered a queue.</param>
    /// <param name="assignedAt">When an agent was assigned.</param>
    /// <param name="connectedAt">When the agent connected.</param>
    /// <param name="endsAt">When it ended.</param>
    /// <param name="waitDuration">The platform's <c>wait_duration</c>.</param>
    /// <param name="queueDuration">The platform's <c>queue_duration</c>.</param>
    /// <param name="callDuration">The call's length; with <paramref name="chatDuration"/> it makes <see cref="SessionMetadata.HandleTime"/>.</param>
    /// <param name="chatDuration">The chat's length.</param>
    /// <param name="holdDuration">The time on hold.</param>
    /// <param name="agent">The agent, from <see cref="AgentInfo"/>.</param>
    /// <param name="selectedMenu">The queue (menu) chosen, from <see cref="Menu"/>.</param>
    /// <param name="disposition">The agent's disposition, from <see cref="Disposition"/>.</param>
    /// <param name="rating">The customer's rating (CSAT).</param>
    /// <param name="failReason">Why the session failed, as the platform says it.</param>
    /// <returns>The metadata.</returns>
    public static SessionMetadata SessionMetadata(
        long id = 0,
        CcaiSessionType? callType = null,
        CcaiSessionType? chatType = null,
        CcaiSessionStatus? status = null,
        string? lang = null,
        OffsetDateTime? createdAt = null,
        OffsetDateTime? queuedAt = null,
        OffsetDateTime? assignedAt = null,
        OffsetDateTime? connectedAt = null,
        OffsetDateTime? endsAt = null,
        Duration? waitDuration = null,
        Duration? queueDuration = null,
        Duration? callDuration = null,
        Duration? chatDuration = null,
        Duration? holdDuration = null,
        CcaiAgentInfo? agent = null,
        CcaiMenu? selectedMenu = null,
        CcaiDisposition? disposition = null,
        int? rating = null,
        string? failReason = null)
        => new()
        {
            Id = id,
            CallType = callType,
            ChatType = chatType,
            Status = status,
            Lang = lang,
            CreatedAt = createdAt,
            QueuedAt = queuedAt,
            AssignedAt = assignedAt,
            ConnectedAt = connectedAt,
            EndsAt = endsAt,
            WaitDuration = waitDuration,
            QueueDuration = queueDuration,
            CallDuration = callDuration,
            ChatDuration = chatDuration,
            HoldDuration = holdDuration,
            AgentInfo = agent,
            SelectedMenu = selectedMenu,
            Disposition = disposition,
            Rating = rating,
            FailReason = failReason,
        };

    /// <summary>Creates an agent as the platform describes one in session metadata.</summary>
    /// <param name="id">The agent's id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="email">The email address.</param>
    /// <param name="agentNumber">The agent number.</param>
    /// <returns>The agent.</returns>
    public static CcaiAgentInfo AgentInfo(long? id = null, string? name = null, string? email = null, string? agentNumber = null)
        => new() { Id = id, Name = name, Email = email, AgentNumber = agentNumber };

    /// <summary>Creates a menu (queue) as the platform describes one in session metadata.</summary>
    /// <param name="id">The menu's id.</param>
    /// <param name="name">The menu's name.</param>
    /// <param name="parentId">The parent menu's id.</param>
    /// <returns>The menu.</returns>
    public static CcaiMenu Menu(long? id = null, string? name = null, long? parentId = null)
        => new() { Id = id, Name = name, ParentId = parentId };

    /// <summary>Creates an agent's disposition of a session.</summary>
    /// <param name="code">The disposition code.</param>
    /// <param name="text">Its text.</param>
    /// <param name="notes">The agent's notes.</param>
    /// <returns>The disposition.</returns>
    public static CcaiDisposition Disposition(string? code = null, string? text = null, string? notes = null)
        => new() { Code = code, Text = text, Notes = notes };
}
