namespace Evo8x8.Client.Voice;

/// <summary>
/// One thing wrong with a callflow, found before it is sent: where it is, what is wrong, the status code 8x8
/// would answer with, and whether it blocks the flow (<see cref="Severity"/>).
/// </summary>
/// <param name="Path">The JSON path of the offending value, for example <c>$.callflow[1].params.text</c>.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="PreventedStatusCode">The code 8x8 would have refused the request with.</param>
public sealed record CallflowProblem(string Path, string Message, CallflowStatusCode PreventedStatusCode)
{
    /// <summary>
    /// <see cref="CallflowProblemSeverity.Error"/> (the default) blocks building and sending;
    /// <see cref="CallflowProblemSeverity.Warning"/> is reported only, where 8x8's own sources disagree.
    /// </summary>
    public CallflowProblemSeverity Severity { get; init; }

    /// <summary>Whether the problem blocks building and sending the flow.</summary>
    public bool IsError => Severity == CallflowProblemSeverity.Error;

    /// <summary>The problem on one line: a warning mark when it is one, path, message and the 8x8 code at stake.</summary>
    public override string ToString() => IsError
        ? $"{Path}: {Message} (8x8 would answer {PreventedStatusCode})"
        : $"warning: {Path}: {Message} (8x8 might answer {PreventedStatusCode})";
}
