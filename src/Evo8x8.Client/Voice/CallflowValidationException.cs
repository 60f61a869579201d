using System.Text;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice;

/// <summary>
/// A callflow broke one or more of 8x8's rules and was not sent. <see cref="Problems"/> lists every one of
/// them, so that all can be fixed at once.
/// </summary>
public sealed class CallflowValidationException : Evo8x8ApiException
{
    /// <summary>Creates the exception for the problems found, which must not be empty.</summary>
    /// <param name="problems">Every problem found.</param>
    public CallflowValidationException(IReadOnlyList<CallflowProblem> problems)
        : base(Describe(problems), httpStatus: null, errorCode: FirstError(problems)?.PreventedStatusCode.ToString())
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order of the callflow: the errors that blocked it and any warnings.</summary>
    public IReadOnlyList<CallflowProblem> Problems { get; }

    private static CallflowProblem? FirstError(IReadOnlyList<CallflowProblem> problems)
        => problems.FirstOrDefault(problem => problem.IsError) ?? problems.FirstOrDefault();

    private static string Describe(IReadOnlyList<CallflowProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var text = new StringBuilder()
            .Append("The callflow was not sent: it has ")
            .Append(problems.Count)
            .Append(problems.Count == 1 ? " problem." : " problems.");
        foreach (CallflowProblem problem in problems)
        {
            text.AppendLine().Append("- ").Append(problem);
        }

        return text.ToString();
    }
}
