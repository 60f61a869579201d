namespace Evo8x8.Client.Testing;

/// <summary>One virtual number of the emulated subaccount, as <c>GET …/numbers</c> lists it and VNU events report it.</summary>
/// <param name="Msisdn">The number in E.164 format, for example <c>+6588000000</c>.</param>
/// <param name="CountryCode">The two-letter country code, for example <c>SG</c>.</param>
/// <param name="ReferenceId">The number range it belongs to.</param>
/// <param name="OperationalStatus"><c>Active</c>, <c>Unhealthy</c>, <c>Expiring</c> or <c>Inactive</c>, as 8x8 capitalises them.</param>
public sealed record EmulatedVirtualNumber(string Msisdn, string CountryCode, string ReferenceId, string OperationalStatus = "Active")
{
    /// <summary>The caller ID the README and samples use, and the two numbers of 8x8's VNU sample.</summary>
    public static IReadOnlyList<EmulatedVirtualNumber> Defaults { get; } =
    [
        new("+6588000000", "SG", "EmulatorNumber-1"),
        new("+65123456789", "SG", "MyVirtualNumber-1"),
        new("+65987654321", "SG", "MyVirtualNumber-2"),
    ];
}
