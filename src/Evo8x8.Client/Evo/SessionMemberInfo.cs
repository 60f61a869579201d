namespace Evo8x8.Client.Evo;

/// <summary>One party in a session (a caller, an agent, a transfer target) and the state of that party's call leg.</summary>
public sealed class SessionMemberInfo
{
    /// <summary>The member's identity as Evo records it.</summary>
    public string? Identity { get; init; }

    /// <summary>The Evo endpoint (user, phone number, team) the member joined as.</summary>
    public string? EndpointId { get; init; }

    /// <summary>The member's name as shown in Evo's console.</summary>
    public string? DisplayName { get; init; }

    /// <summary>True for a member who was in the session from its start rather than added later.</summary>
    public bool IsOriginalMember { get; init; }

    /// <summary>Address of the member's picture, if any.</summary>
    public string? AvatarUrl { get; init; }

    /// <summary>Free-form values an application attached to the member; empty when there are none.</summary>
    public IReadOnlyDictionary<string, string> ApplicationData { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>Where the member's call leg stands.</summary>
    public SessionMemberCallState? CallState { get; init; }

    /// <summary>Why the member takes part.</summary>
    public SessionMemberRole? Role { get; init; }

    /// <summary>The telephony call SID of the member's leg.</summary>
    public string? CallSid { get; init; }

    /// <summary>True while the member is muted.</summary>
    public bool Muted { get; init; }
}
