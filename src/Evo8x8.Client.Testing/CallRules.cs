using System.Collections.Concurrent;

namespace Evo8x8.Client.Testing;

/// <summary>
/// Decides how each simulated call ends and which keys the callee presses, by destination number. Numbers are
/// compared without a leading <c>+</c>. Thread-safe: a test may change rules while calls are running.
/// </summary>
public sealed class CallRules
{
    private readonly ConcurrentDictionary<string, CallRule> _byDestination = new(StringComparer.Ordinal);

    /// <summary>The outcome of a call to a destination without a rule of its own; <see cref="CallOutcome.Answered"/> unless changed.</summary>
    public CallOutcome DefaultOutcome { get; set; } = CallOutcome.Answered;

    /// <summary>The keys pressed at each <c>sayAndCapture</c> of a destination without a rule of its own; "1" unless changed.</summary>
    public IReadOnlyList<string> DefaultDigits { get; set; } = ["1"];

    /// <summary>Sets how calls to <paramref name="destination"/> end, replacing any earlier rule for it.</summary>
    /// <param name="destination">The number as the callflow gives it; a leading <c>+</c> is ignored.</param>
    /// <param name="outcome">How the call ends.</param>
    /// <param name="digits">The keys pressed at the first, second, … <c>sayAndCapture</c>; the last entry repeats. None means <see cref="DefaultDigits"/>.</param>
    /// <returns>These rules, for chaining.</returns>
    public CallRules ForDestination(string destination, CallOutcome outcome, params string[] digits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        ArgumentNullException.ThrowIfNull(digits);
        _byDestination[Normalize(destination)] = new CallRule(outcome, digits.Length == 0 ? null : [.. digits]);
        return this;
    }

    /// <summary>Removes every destination rule; the defaults stay as they are.</summary>
    public void Clear() => _byDestination.Clear();

    /// <summary>Every destination rule, numbers without their <c>+</c> (the console's export).</summary>
    internal IReadOnlyList<KeyValuePair<string, CallRule>> Entries => [.. _byDestination.OrderBy(r => r.Key, StringComparer.Ordinal)];

    /// <summary>The rule in force for a destination.</summary>
    internal CallRule Resolve(string destination)
    {
        CallRule? rule = _byDestination.TryGetValue(Normalize(destination), out CallRule? found) ? found : null;
        return new CallRule(rule?.Outcome ?? DefaultOutcome, rule?.Digits ?? DefaultDigits);
    }

    private static string Normalize(string number) => number.Trim().TrimStart('+');
}

/// <summary>One destination's rule: how the call ends and the keys pressed, capture by capture.</summary>
internal sealed record CallRule(CallOutcome Outcome, IReadOnlyList<string>? Digits)
{
    /// <summary>The keys pressed at the capture numbered <paramref name="index"/> (0-based); the last entry repeats.</summary>
    public string DigitsAt(int index)
        => Digits is { Count: > 0 } digits ? digits[Math.Min(index, digits.Count - 1)] : string.Empty;
}
