namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary>The session <c>state</c> values of Google's lifecycle table; any other value is kept on <see cref="SessionEvent.State"/>.</summary>
public static class SessionEventStates
{
    /// <summary>From start to the active conversation (routing, assignment and media all report it).</summary>
    public const string Connected = "connected";

    /// <summary>The session ended; a last update adds the agent's dispositions.</summary>
    public const string Disconnected = "disconnected";
}
