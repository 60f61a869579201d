namespace Evo8x8.Client.Evo;

/// <summary>
/// The changes <c>PATCH /sessions/{sessionId}</c> (Evo's <c>PatchSession</c>) applies to a session; whatever is left
/// <see langword="null"/> is not sent and stays as it is.
/// </summary>
/// <remarks>
/// Evo's reference lists these fields as query parameters while Evo's command-line tool sends them as a JSON body;
/// the SDK sends the JSON body, which ServiceStack binds for a <c>PATCH</c>. Whether setting <see cref="CallState"/>
/// back to <see cref="SessionCallState.Connected"/> resumes a held call is not documented.
/// </remarks>
public sealed record SessionPatch
{
    /// <summary>The data the session shows in Evo's console.</summary>
    public string? ConsoleData { get; init; }

    /// <summary>The session's new call state.</summary>
    public SessionCallState? CallState { get; init; }

    /// <summary>The session's new hold reason.</summary>
    public SessionHoldReason? HoldReason { get; init; }

    /// <summary>The session's new queue state.</summary>
    public SessionQueueState? QueueState { get; init; }
}
