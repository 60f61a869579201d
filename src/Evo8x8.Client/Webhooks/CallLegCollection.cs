using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Evo8x8.Client.Webhooks;

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

    // The reader hands over the list it filled, so reading a summary copies no legs.
    internal static CallLegCollection Wrap(List<CallLeg> legs) => legs.Count == 0 ? Empty : new(legs);
}
