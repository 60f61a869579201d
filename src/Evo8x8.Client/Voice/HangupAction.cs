namespace Evo8x8.Client.Voice;

/// <summary>
/// <c>hangup</c>: disconnects every call of the session, which ends it and triggers the session summary
/// webhook. Allowed once, as the last action.
/// </summary>
public sealed record HangupAction() : CallflowAction(ActionName)
{
    /// <summary>The action's name on the wire.</summary>
    public const string ActionName = "hangup";
}
