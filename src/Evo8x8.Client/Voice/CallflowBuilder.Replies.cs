using System.Diagnostics.CodeAnalysis;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Voice;

/// <summary>Building the answer to a call action webhook from the same actions and rules.</summary>
public sealed partial class CallflowBuilder
{
    /// <summary>
    /// Checks the flow as a reply to a call action webhook and returns every problem, errors and warnings; empty
    /// when nothing is wrong. A reply continues a live call, so it need not start with makeCall, and it has no
    /// <c>validUntil</c>.
    /// </summary>
    /// <returns>The problems, in callflow order.</returns>
    public IReadOnlyList<CallflowProblem> ValidateReply() => CheckReply();

    private List<CallflowProblem> CheckReply()
    {
        List<CallflowProblem> problems = CallflowRules.Check(_actions, validUntil: null, _validation, isReply: true);
        if (_validUntil is not null)
        {
            problems.Insert(0, new("$.validUntil", "A call action reply continues a live call and has no validUntil; do not set ValidUntil or ValidFor on a reply.", CallflowStatusCode.InvalidEntry));
        }

        return problems;
    }

    /// <summary>
    /// Builds the reply when it has no error (warnings do not block and travel in <see cref="CallActionReply.Warnings"/>);
    /// otherwise returns <see langword="false"/>.
    /// </summary>
    /// <param name="clientActionId">An id of your choosing that 8x8 echoes in the next call action event; may be <see langword="null"/>.</param>
    /// <param name="reply">The reply, when it has no error.</param>
    /// <param name="problems">Every problem found, errors and warnings; empty when nothing is wrong.</param>
    /// <returns>Whether the reply has no error.</returns>
    public bool TryBuildReply(string? clientActionId, [NotNullWhen(true)] out CallActionReply? reply, out IReadOnlyList<CallflowProblem> problems)
    {
        List<CallflowProblem> found = CheckReply();
        problems = found;
        reply = found.TrueForAll(problem => !problem.IsError) ? new CallActionReply([.. _actions], clientActionId) { Warnings = found } : null;
        return reply is not null;
    }

    /// <summary>Builds the reply to a call action webhook, or throws one exception that lists every problem.</summary>
    /// <param name="clientActionId">An id of your choosing that 8x8 echoes in the next call action event.</param>
    /// <returns>An immutable reply, ready to serialize with <see cref="CallActionReply.ToJson"/>.</returns>
    /// <exception cref="CallflowValidationException">The flow breaks one or more of 8x8's rules for replies.</exception>
    public CallActionReply BuildReply(string? clientActionId = null)
        => TryBuildReply(clientActionId, out CallActionReply? reply, out IReadOnlyList<CallflowProblem> problems)
            ? reply
            : throw new CallflowValidationException(problems);
}
