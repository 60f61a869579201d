using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The call legs of a session summary in the order 8x8 listed them, each also reachable by its name
/// (<see cref="CallLeg.Name"/>). Names are compared ignoring case because 8x8 sends both <c>CallA</c> and
/// <c>callA</c>. The collection is immutable.
/// </summary>
public sealed class CallLegCollection : IReadOnlyList<CallLeg>
{
    private readonly IReadOnlyList<CallLeg> _legs;

    /// <summary>Creates a collection from legs in order; their names should be distinct.</summary>
    /// <param name="legs">The legs, in the order 8x8 listed them.</param>
    public CallLegCollection(IEnumerable<CallLeg> legs)
        : this((IReadOnlyList<CallLeg>)[.. legs ?? throw new ArgumentNullException(nameof(legs))])
    {
    }

    private CallLegCollection(IReadOnlyList<CallLeg> legs) => _legs = legs;

    /// <summary>A collection without legs.</summary>
    public static CallLegCollection Empty { get; } = new(Array.Empty<CallLeg>());

    /// <summary>The number of legs.</summary>
    public int Count => _legs.Count;

    /// <summary>The leg at <paramref name="index"/>, in 8x8's order.</summary>
    /// <param name="index">The zero-based position.</param>
    public CallLeg this[int index] => _legs[index];

    /// <summary>The leg named <paramref name="name"/> (case ignored), or <see langword="null"/> when there is none.</summary>
    /// <param name="name">The leg's key, for example <c>CallA</c>.</param>
    public CallLeg? this[string name] => TryGetLeg(name, out CallLeg? leg) ? leg : null;

    /// <summary>Finds the first leg named <paramref name="name"/>, ignoring case.</summary>
    /// <param name="name">The leg's key, for example <c>CallA</c>.</param>
    /// <param name="leg">The leg, when found.</param>
    /// <returns>Whether a leg of that name exists.</returns>
    public bool TryGetLeg(string name, [NotNullWhen(true)] out CallLeg? leg)
    {
        foreach (CallLeg candidate in _legs)
        {
            if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                leg = candidate;
                return true;
            }
        }

        leg = null;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<CallLeg> GetEnumerator() => _legs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // A Dictionary filled by the serializer and never changed enumerates in insertion order, which is 8x8's order.
    internal static CallLegCollection FromDetails(Dictionary<string, CallLeg?> details)
    {
        var legs = new CallLeg[details.Count];
        int index = 0;
        foreach ((string name, CallLeg? leg) in details)
        {
            legs[index++] = leg ?? throw new JsonException($"Call leg '{name}' is null; expected an object.");
            leg.SetName(name);
        }

        return new CallLegCollection(legs);
    }
}
