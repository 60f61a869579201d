namespace Evo8x8.Client.Testing.Voice.Calls;

/// <summary>
/// The ISO country of an E.164 number by its calling code, for the <c>sourceCountryCode</c> and
/// <c>destinationCountryCode</c> fields; a small table of common codes, "ZZ" (unknown) otherwise.
/// </summary>
internal static class CountryCodes
{
    private static readonly (string Prefix, string Country)[] Table =
    [
        ("852", "HK"), ("886", "TW"), ("971", "AE"), ("353", "IE"), ("358", "FI"), ("351", "PT"),
        ("1", "US"), ("7", "RU"), ("20", "EG"), ("27", "ZA"), ("31", "NL"), ("32", "BE"), ("33", "FR"),
        ("34", "ES"), ("39", "IT"), ("41", "CH"), ("44", "GB"), ("45", "DK"), ("46", "SE"), ("47", "NO"),
        ("48", "PL"), ("49", "DE"), ("52", "MX"), ("55", "BR"), ("60", "MY"), ("61", "AU"), ("62", "ID"),
        ("63", "PH"), ("64", "NZ"), ("65", "SG"), ("66", "TH"), ("81", "JP"), ("82", "KR"), ("84", "VN"),
        ("86", "CN"), ("90", "TR"), ("91", "IN"),
    ];

    public static string Of(string number)
    {
        string digits = number.TrimStart('+');
        foreach ((string prefix, string country) in Table)
        {
            if (digits.StartsWith(prefix, StringComparison.Ordinal))
            {
                return country;
            }
        }

        return "ZZ";
    }
}
