using System.Collections.Concurrent;
using Evo8x8.Client.Voice.WebhookRegistrations;

namespace Evo8x8.Client.Testing;

/// <summary>
/// How the emulator delivers webhook events, per webhook type: once by default, or (as 8x8 warns can happen)
/// more than once, and again after a failed delivery. Every post is its own entry in
/// <see cref="Evo8x8Emulator.Deliveries"/>. Thread-safe; rules apply to events produced after they are set.
/// </summary>
public sealed class DeliveryRules
{
    private readonly ConcurrentDictionary<WebhookType, int> _copies = new();
    private readonly ConcurrentDictionary<WebhookType, int> _redeliveries = new();

    /// <summary>Posts every event of <paramref name="type"/> <paramref name="copies"/> times, so a receiver's de-duplication is exercised.</summary>
    /// <param name="type">The webhook type, for example <see cref="WebhookType.SessionSummary"/>.</param>
    /// <param name="copies">How many times each event is posted, 1 (the default behaviour) or more.</param>
    /// <returns>These rules, to chain.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="copies"/> is below 1.</exception>
    public DeliveryRules Duplicate(WebhookType type, int copies = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        _copies[type] = copies;
        return this;
    }

    /// <summary>
    /// Posts an event of <paramref name="type"/> again when the receiver answered with a non-2xx status, did not
    /// answer within <see cref="Evo8x8EmulatorOptions.WebhookTimeout"/> or could not be reached, up to
    /// <paramref name="maxRedeliveries"/> more times; no real or virtual time passes between attempts.
    /// </summary>
    /// <param name="type">The webhook type.</param>
    /// <param name="maxRedeliveries">How many more attempts at most, 0 (the default behaviour) or more.</param>
    /// <returns>These rules, to chain.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRedeliveries"/> is negative.</exception>
    public DeliveryRules RedeliverOnFailure(WebhookType type, int maxRedeliveries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRedeliveries);
        _redeliveries[type] = maxRedeliveries;
        return this;
    }

    /// <summary>Back to the default: every event posted once, no redelivery.</summary>
    public void Clear()
    {
        _copies.Clear();
        _redeliveries.Clear();
    }

    /// <summary>Every type with a rule, and its copies and redeliveries (the console's export).</summary>
    internal IReadOnlyList<(WebhookType Type, int Copies, int Redeliveries)> Entries
        => [.. _copies.Keys.Union(_redeliveries.Keys).OrderBy(t => t.Value, StringComparer.Ordinal).Select(t => (t, CopiesOf(t), RedeliveriesOf(t)))];

    internal int CopiesOf(WebhookType type) => _copies.GetValueOrDefault(type, 1);

    internal int RedeliveriesOf(WebhookType type) => _redeliveries.GetValueOrDefault(type, 0);
}
