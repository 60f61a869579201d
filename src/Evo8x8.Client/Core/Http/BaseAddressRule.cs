namespace Evo8x8.Client.Core.Http;

/// <summary>The rule every client's base address obeys: absolute https, or http only to this machine (emulators, tests).</summary>
internal static class BaseAddressRule
{
    /// <summary>Returns what is wrong with the address, or <see langword="null"/> when it is fine.</summary>
    public static string? Check(string settingName, Uri? address)
    {
        if (address is null)
        {
            return $"{settingName} is missing; leave it unset for the default.";
        }

        if (!address.IsAbsoluteUri)
        {
            return $"{settingName} '{address}' is not an absolute address; write it as https://host.";
        }

        if (address.Scheme == Uri.UriSchemeHttps || (address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            return null;
        }

        return $"{settingName} '{address}' must use https (plain http is allowed only for 127.0.0.1 or localhost).";
    }
}
