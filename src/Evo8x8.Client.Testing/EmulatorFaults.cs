using System.Collections.Concurrent;

namespace Evo8x8.Client.Testing;

/// <summary>
/// The scripted faults waiting per operation. Each request to an operation takes the next fault queued for it;
/// when none is left the operation behaves normally again. Faults come before authentication, as a proxy's
/// would. Thread-safe.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly ConcurrentDictionary<EmulatorRoute, ConcurrentQueue<ScriptedFault>> _queues = new();

    /// <summary>Queues faults for <paramref name="route"/>, served in the order given, one per request.</summary>
    /// <param name="route">The operation the faults replace.</param>
    /// <param name="faults">The faults, first served first.</param>
    /// <returns>These faults, for chaining.</returns>
    public EmulatorFaults Enqueue(EmulatorRoute route, params ScriptedFault[] faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ConcurrentQueue<ScriptedFault> queue = _queues.GetOrAdd(route, _ => new ConcurrentQueue<ScriptedFault>());
        foreach (ScriptedFault fault in faults)
        {
            ArgumentNullException.ThrowIfNull(fault, nameof(faults));
            queue.Enqueue(fault);
        }

        return this;
    }

    /// <summary>How many faults are still waiting for <paramref name="route"/>.</summary>
    /// <param name="route">The operation.</param>
    /// <returns>The number not yet served.</returns>
    public int Pending(EmulatorRoute route) => _queues.TryGetValue(route, out ConcurrentQueue<ScriptedFault>? queue) ? queue.Count : 0;

    /// <summary>Drops every fault not yet served.</summary>
    public void Clear() => _queues.Clear();

    /// <summary>Every fault still waiting, by route, in serving order (the console's export).</summary>
    internal IReadOnlyList<(EmulatorRoute Route, ScriptedFault Fault)> Entries
        => [.. _queues.OrderBy(q => q.Key).SelectMany(q => q.Value.Select(f => (q.Key, f)))];

    /// <summary>Takes the next fault for a route, if any.</summary>
    internal bool TryTake(EmulatorRoute route, out ScriptedFault fault)
    {
        fault = null!;
        return _queues.TryGetValue(route, out ConcurrentQueue<ScriptedFault>? queue) && queue.TryDequeue(out fault!);
    }
}
