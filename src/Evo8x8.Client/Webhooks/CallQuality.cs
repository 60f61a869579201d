namespace Evo8x8.Client.Webhooks;

/// <summary>The quality indicators 8x8 measured on a call leg; each is <see langword="null"/> when not measured.</summary>
public sealed record CallQuality
{
    /// <summary>Mean Opinion Score: the human-judged overall quality, from 1 (bad) to 5 (excellent).</summary>
    public double? Mos { get; init; }

    /// <summary>The share of packets lost on the leg's network path.</summary>
    public double? PacketLossRate { get; init; }

    /// <summary>The variation in packet delay (8x8 documents an integer; fractions are kept).</summary>
    public double? Jitter { get; init; }
}
