namespace Evo8x8.Client.VoiceMessaging;

/// <summary>
/// One thing wrong with a callflow, found before it is sent: where it is, what is wrong, and the status
/// code 8x8 would have answered with.
/// </summary>
/// <param name="Path">The JSON path of the offending value, for example <c>$.callflow[1].params.text</c>.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="PreventedStatusCode">The code 8x8 would have refused the request with.</param>
public sealed record CallflowProblem(string Path, string Message, CallflowStatusCode PreventedStatusCode)
{
    /// <summary>The problem on one line: path, message and the 8x8 code it spares.</summary>
    public override string ToString() => $"{Path}: {Message} (8x8 would answer {PreventedStatusCode})";
}
