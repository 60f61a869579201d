using NodaTime;

namespace Evo8x8.Client.Voice.Numbers;

/// <summary>8x8's answer to the virtual numbers request: every number assigned to the subaccount.</summary>
public sealed class VirtualNumberList
{
    // Source-generated reading assigns every init-only property, absent ones as null: keep the list non-null.
    private readonly IReadOnlyList<VirtualNumber> _numbers = [];

    /// <summary>How many numbers are assigned to the subaccount.</summary>
    public int? TotalNumbers { get; init; }

    /// <summary>When the status of any of the numbers last changed.</summary>
    public Instant? LastUpdatedAt { get; init; }

    /// <summary>The numbers; empty when none are assigned.</summary>
    public IReadOnlyList<VirtualNumber> Numbers
    {
        get => _numbers;
        init => _numbers = Core.Json.WireList.WithoutNulls(value);
    }

    /// <summary>8x8's status code for the request, when it sent one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>8x8's status message, verbatim.</summary>
    public string? StatusMessage { get; init; }
}
