using NodaTime;

namespace Evo8x8.Client.Voice.Numbers;

/// <summary>8x8's answer to checking one virtual number: the number is assigned, and what it is.</summary>
public sealed class VirtualNumberCheck
{
    /// <summary>8x8's status code for the request, when it sent one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>8x8's status message, verbatim.</summary>
    public string? StatusMessage { get; init; }

    /// <summary>When 8x8 answered.</summary>
    public Instant? Timestamp { get; init; }

    /// <summary>The number that was checked.</summary>
    public VirtualNumberReference? Payload { get; init; }
}
