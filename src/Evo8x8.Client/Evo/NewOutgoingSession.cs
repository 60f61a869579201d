namespace Evo8x8.Client.Evo;

/// <summary>
/// The body of <c>POST /sessions/outgoing</c>: an outgoing voice call that Evo places and then hands to a flow as
/// soon as it is answered. Only users with Evo's Manager or SystemAdministrator role may send it.
/// </summary>
/// <example>
/// <code>
/// await evo.Sessions.CreateOutgoingAsync(new NewOutgoingSession { FlowId = "flow-1", NumberToDial = "+18144043093" });
/// </code>
/// </example>
public sealed record NewOutgoingSession
{
    /// <summary>The Evo flow that runs once the call is answered.</summary>
    public string? FlowId { get; init; }

    /// <summary>The E.164 number to dial, for example <c>+18144043093</c>.</summary>
    public string? NumberToDial { get; init; }

    /// <summary>The caller ID: the E.164 number of a phone number the account owns; Evo picks one at random when <see langword="null"/>.</summary>
    public string? CallerId { get; init; }
}
