namespace Evo8x8.Client.Voice;

/// <summary>The limits of the two correlation ids 8x8 added to the callflows request on 2026-09-02.</summary>
internal static partial class CallflowRules
{
    /// <summary>The longest <c>clientRequestId</c> or <c>clientBatchId</c> 8x8 accepts on a callflow (other 8x8 products differ).</summary>
    public const int MaxClientIdLength = 50;

    /// <summary>Adds a problem for each id longer than 8x8 accepts; ids are optional, so <see langword="null"/> passes.</summary>
    public static void CheckIds(string? clientRequestId, string? clientBatchId, List<CallflowProblem> problems)
    {
        CheckId("$.clientRequestId", clientRequestId, problems);
        CheckId("$.clientBatchId", clientBatchId, problems);
    }

    private static void CheckId(string path, string? value, List<CallflowProblem> problems)
    {
        if (value is { Length: > MaxClientIdLength })
        {
            problems.Add(new(path, $"{path[2..]} has {value.Length} characters; 8x8 accepts at most {MaxClientIdLength}.", CallflowStatusCode.InvalidEntry));
        }
    }
}
