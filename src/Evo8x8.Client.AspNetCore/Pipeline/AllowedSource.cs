using System.Globalization;
using System.Net.Sockets;
using System.Net;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// Reads <see cref="WebhookEndpointOptions.AllowedSources"/> strictly: IPv4 in four decimal parts only (never the legacy
/// forms .NET also accepts, <c>"10"</c> as 0.0.0.10 or <c>"010.0.0.1"</c> as 8.0.0.1), and no IPv4-mapped IPv6 network
/// (deliveries' IPv4 addresses are compared as IPv4, so it would never match). A refusal names the entry.
/// </summary>
internal static class AllowedSource
{
    public static IPNetwork[] ParseAll(IList<string> sources)
    {
        var networks = new List<IPNetwork>();
        foreach (string source in sources)
        {
            string entry = (source ?? string.Empty).Trim();
            if (string.Equals(entry, WebhookSourceAddresses.EightByEightVoicePreset, StringComparison.OrdinalIgnoreCase))
            {
                networks.AddRange(WebhookSourceAddresses.EightByEightVoice.Select(address => ToNetwork(IPAddress.Parse(address))));
            }
            else
            {
                networks.Add(Parse(entry));
            }
        }

        return [.. networks];
    }

    private static IPNetwork Parse(string entry)
    {
        int slash = entry.IndexOf('/', StringComparison.Ordinal);
        string addressPart = slash < 0 ? entry : entry[..slash];
        if (!IPAddress.TryParse(addressPart, out IPAddress? address))
        {
            throw Unreadable(entry);
        }

        if (address.AddressFamily == AddressFamily.InterNetwork && !IsDottedDecimal(addressPart))
        {
            throw new InvalidOperationException(
                $"AllowedSources has \"{entry}\", a legacy IPv4 notation that .NET reads as {address}: write the address in four decimal parts without leading zeros, such as 203.0.113.7 or 203.0.113.0/24.");
        }

        if (slash < 0)
        {
            return ToNetwork(address);
        }

        if (address.IsIPv4MappedToIPv6)
        {
            int.TryParse(entry.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int prefix);
            string suggestion = prefix >= 96 ? $"{address.MapToIPv4()}/{prefix - 96}" : "an IPv4 network";
            throw new InvalidOperationException(
                $"AllowedSources has \"{entry}\", an IPv4-mapped IPv6 network, which never matches: IPv4 deliveries are compared as IPv4. Write it as {suggestion}.");
        }

        return IPNetwork.TryParse(entry, out IPNetwork network) && IsDecimal(entry.AsSpan(slash + 1)) ? network : throw Unreadable(entry);
    }

    private static InvalidOperationException Unreadable(string entry)
        => new($"AllowedSources has \"{entry}\", which is neither an IP address, a network such as 203.0.113.0/24, nor the preset \"{WebhookSourceAddresses.EightByEightVoicePreset}\".");

    // Exactly a.b.c.d, each part 0-255 in decimal without a leading zero.
    private static bool IsDottedDecimal(string text)
    {
        string[] parts = text.Split('.');
        return parts.Length == 4 && parts.All(part =>
            part.Length is >= 1 and <= 3
            && IsDecimal(part)
            && (part.Length == 1 || part[0] != '0')
            && int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture) <= 255);
    }

    private static bool IsDecimal(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static IPNetwork ToNetwork(IPAddress address)
    {
        IPAddress plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return new IPNetwork(plain, plain.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
    }
}
