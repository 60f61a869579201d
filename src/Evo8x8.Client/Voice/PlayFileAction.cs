namespace Evo8x8.Client.Voice;

/// <summary>
/// <c>playFile</c>: plays an mp3 or wav file (at most 5 MB, fetched over http or https and cached by 8x8 for
/// an hour: change the file name when its content changes) into the active call.
/// </summary>
/// <param name="FileUrl">The absolute http or https address of the file.</param>
public sealed record PlayFileAction(string FileUrl) : CallflowAction(ActionName)
{
    /// <summary>The action's name on the wire.</summary>
    public const string ActionName = "playFile";

    /// <summary>How many times the file is played, 1 to 3; 8x8 plays it once when unset.</summary>
    public int? Repetition { get; init; }
}
