using System.Net;
using System.Security.Cryptography;
using System.Text;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.Extensions.Primitives;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>One validated snapshot of <see cref="WebhookEndpointOptions"/>: the accepted secrets, networks and limits.</summary>
internal sealed class WebhookRules
{
    private readonly byte[][] _acceptedAuthorizationHashes;
    private readonly IPNetwork[] _allowedNetworks;

    private WebhookRules(byte[][] acceptedAuthorizationHashes, IPNetwork[] allowedNetworks, long maxBodyBytes)
    {
        _acceptedAuthorizationHashes = acceptedAuthorizationHashes;
        _allowedNetworks = allowedNetworks;
        Parser = new WebhookParser(new WebhookParserOptions { MaxBodyBytes = maxBodyBytes });
    }

    public WebhookParser Parser { get; }

    /// <summary>The configured scope of the endpoint's claim keys, or <see langword="null"/> for its route.</summary>
    public string? DeduplicationScope { get; private init; }

    /// <summary>Validates the options; the message of the exception names the setting that is wrong, never a secret.</summary>
    public static WebhookRules Compile(WebhookEndpointOptions options)
    {
        var secrets = new List<string>();
        if (!string.IsNullOrEmpty(options.AuthorizationHeaderValue))
        {
            secrets.Add(options.AuthorizationHeaderValue);
        }

        secrets.AddRange(options.AuthorizationHeaderValues.Where(value => !string.IsNullOrEmpty(value)));
        if (secrets.Count == 0 && !options.AllowUnauthenticated)
        {
            throw new InvalidOperationException(
                "The 8x8 webhook endpoint needs AuthorizationHeaderValue or AuthorizationHeaderValues (the httpAuthHeader set on "
                + "the 8x8 webhook); set AllowUnauthenticated = true only if another guard protects the endpoint.");
        }

        if (options.MaxBodyBytes <= 0)
        {
            throw new InvalidOperationException($"MaxBodyBytes must be positive; it is {options.MaxBodyBytes}.");
        }

        // Hashing both sides makes the comparison constant-time in the length too.
        byte[][] hashes = [.. secrets.Distinct(StringComparer.Ordinal).Select(secret => SHA256.HashData(Encoding.UTF8.GetBytes(secret)))];
        return new WebhookRules(hashes, AllowedSource.ParseAll(options.AllowedSources), options.MaxBodyBytes)
        {
            DeduplicationScope = string.IsNullOrWhiteSpace(options.DeduplicationScope) ? null : options.DeduplicationScope,
        };
    }

    public bool AllowsSource(IPAddress? remoteAddress)
    {
        if (_allowedNetworks.Length == 0)
        {
            return true;
        }

        if (remoteAddress is null)
        {
            return false;
        }

        IPAddress address = remoteAddress.IsIPv4MappedToIPv6 ? remoteAddress.MapToIPv4() : remoteAddress;
        foreach (IPNetwork network in _allowedNetworks)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsAuthorized(StringValues header)
    {
        if (_acceptedAuthorizationHashes.Length == 0)
        {
            return true;
        }

        if (header.Count != 1 || header[0] is not { } value)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), actual);

        // Every accepted value is compared, without stopping at a match, so the time does not tell which one matched.
        bool matched = false;
        foreach (byte[] expected in _acceptedAuthorizationHashes)
        {
            matched |= CryptographicOperations.FixedTimeEquals(actual, expected);
        }

        return matched;
    }
}
