using NodaTime;

namespace Evo8x8.Client.Voice.Numbers;

/// <summary>The last reachability check of a virtual number by 8x8's number health service.</summary>
public sealed class NumberHealth
{
    /// <summary>Whether the number was reachable at the last check.</summary>
    public bool? IsHealthy { get; init; }

    /// <summary>8x8's health status text, verbatim (8x8 does not list its values).</summary>
    public string? Status { get; init; }

    /// <summary>When the number was last checked.</summary>
    public Instant? LastCheckedTime { get; init; }
}
