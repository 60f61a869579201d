namespace Evo8x8.Client.Core;

/// <summary>
/// How a client retries and times out, on by default for every client, with or without dependency injection.
/// </summary>
/// <remarks>
/// <para>
/// The rule: GET, HEAD, OPTIONS, PUT and DELETE (idempotent in HTTP) are retried on 408, 429, any 5xx, a network
/// error or an attempt that timed out. Any other verb, POST above all, is retried only when the request
/// provably was not processed: the connection was refused before anything was sent, or the service answered
/// 429. A POST that may have reached 8x8 is never sent again, because a repeated callflow rings a real person
/// twice; its failure surfaces as an <see cref="Evo8x8ApiException"/>.
/// </para>
/// <para>
/// Waits grow exponentially from <see cref="BaseDelay"/> up to <see cref="MaxDelay"/>, with jitter, unless the
/// answer carries <c>Retry-After</c> (seconds or a date), which is then waited exactly; a <c>Retry-After</c>
/// longer than <see cref="MaxRetryAfter"/> is not waited and the answer is surfaced instead.
/// </para>
/// </remarks>
public sealed class Evo8x8ResilienceOptions
{
    // Polly refuses timeouts outside these bounds; checking them here turns its exception into our message.
    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestSetting = TimeSpan.FromDays(1);

    /// <summary>Whether retries and timeouts apply at all (default true); logging, traces and metrics stay on either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many times a failed request may be sent again, 0 to 10 (default 3); 0 keeps only the timeouts.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>About how long the first retry waits (default 1 second); each later wait roughly doubles.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts when the service gives no <c>Retry-After</c> (default 30 seconds).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest <c>Retry-After</c> that is waited (default 60 seconds); a longer one fails the call at once.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may take, answer body included (default 30 seconds).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a call may take over all its attempts and waits (default 2 minutes).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Every setting that is wrong, each named with <paramref name="prefix"/> and how to fix it.</summary>
    internal List<string> FindProblems(string prefix)
    {
        var problems = new List<string>();
        if (MaxRetryAttempts is < 0 or > 10)
        {
            problems.Add($"{prefix}.{nameof(MaxRetryAttempts)} is {MaxRetryAttempts}: use 0 (no retries) to 10.");
        }

        CheckRange(problems, prefix, nameof(BaseDelay), BaseDelay, TimeSpan.Zero, "00:00:00");
        CheckRange(problems, prefix, nameof(MaxDelay), MaxDelay, TimeSpan.Zero, "00:00:00");
        CheckRange(problems, prefix, nameof(MaxRetryAfter), MaxRetryAfter, TimeSpan.Zero, "00:00:00");
        CheckRange(problems, prefix, nameof(AttemptTimeout), AttemptTimeout, ShortestTimeout, "00:00:00.010");
        CheckRange(problems, prefix, nameof(TotalTimeout), TotalTimeout, ShortestTimeout, "00:00:00.010");
        if (MaxDelay < BaseDelay)
        {
            problems.Add($"{prefix}.{nameof(MaxDelay)} ({MaxDelay}) is shorter than {prefix}.{nameof(BaseDelay)} ({BaseDelay}): raise it or lower {nameof(BaseDelay)}.");
        }

        if (AttemptTimeout > TotalTimeout)
        {
            problems.Add($"{prefix}.{nameof(AttemptTimeout)} ({AttemptTimeout}) is longer than {prefix}.{nameof(TotalTimeout)} ({TotalTimeout}): one attempt cannot outlast the whole call.");
        }

        return problems;
    }

    private static void CheckRange(List<string> problems, string prefix, string name, TimeSpan value, TimeSpan shortest, string shortestText)
    {
        if (value < shortest || value > LongestSetting)
        {
            problems.Add($"{prefix}.{name} is {value}: use a duration from {shortestText} to 1.00:00:00 (one day), written like 00:00:30.");
        }
    }
}
