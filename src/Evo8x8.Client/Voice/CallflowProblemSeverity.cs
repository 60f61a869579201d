namespace Evo8x8.Client.Voice;

/// <summary>How much a <see cref="CallflowProblem"/> matters: whether it stops the callflow from being built and sent.</summary>
public enum CallflowProblemSeverity
{
    /// <summary>8x8 refuses such a flow; <see cref="CallflowBuilder.Build"/> and <c>SendAsync</c> stop before sending.</summary>
    Error = 0,

    /// <summary>
    /// 8x8's own sources disagree on whether it is accepted (its published examples send it, a rule refuses it);
    /// the problem is reported in <see cref="Callflow.Warnings"/> but the flow is built and sent.
    /// </summary>
    Warning = 1,
}
