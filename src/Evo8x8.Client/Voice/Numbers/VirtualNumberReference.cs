namespace Evo8x8.Client.Voice.Numbers;

/// <summary>A checked virtual number: the number, its country, and the reference its calls carry.</summary>
public sealed class VirtualNumberReference
{
    /// <summary>The reference that appears in the call handle and status events of calls to this number.</summary>
    public string? ReferenceId { get; init; }

    /// <summary>The number in E.164 format.</summary>
    public string? Msisdn { get; init; }

    /// <summary>The two-letter country code of the number.</summary>
    public string? CountryCode { get; init; }
}
