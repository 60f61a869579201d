using System.Text.RegularExpressions;
using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice;

/// <summary>
/// How to reach 8x8's Voice API: the API key made in the 8x8 Connect portal, the subaccount, and the base
/// address. <see cref="ToString"/> never shows the key.
/// </summary>
public sealed partial class VoiceClientOptions : Evo8x8ClientOptions
{
    /// <summary>8x8's Voice API address, used when <see cref="BaseAddress"/> is not set.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://voice.8x8.com");

    /// <summary>The API key, sent as <c>Authorization: Bearer</c>; never logged or shown.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The subaccount every request is made for: 3 to 50 letters, digits or <c>- . _ &amp;</c>.</summary>
    public string SubAccountId { get; set; } = string.Empty;

    /// <summary>The service address; https, or http to 127.0.0.1 for the local emulator.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Whether a callflow is checked against 8x8's rules before it is sent (default true).</summary>
    public bool ValidateCallflows { get; set; } = true;

    /// <summary>Shows the settings with the API key masked.</summary>
    public override string ToString()
        => $"VoiceClientOptions {{ SubAccountId = {SubAccountId}, BaseAddress = {BaseAddress}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "<not set>" : "***")} }}";

    /// <summary>Every setting that is wrong, each with how to fix it; empty when the options are usable.</summary>
    internal List<string> FindProblems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            problems.Add($"{nameof(ApiKey)} is missing: create one in the 8x8 Connect portal and set it.");
        }

        if (string.IsNullOrWhiteSpace(SubAccountId))
        {
            problems.Add($"{nameof(SubAccountId)} is missing: set the 8x8 subaccount id the requests are made for.");
        }
        else if (!SubAccountPattern().IsMatch(SubAccountId))
        {
            problems.Add($"{nameof(SubAccountId)} '{SubAccountId}' does not match 8x8's pattern: 3 to 50 letters, digits or - . _ &.");
        }

        if (BaseAddressRule.Check(nameof(BaseAddress), BaseAddress) is { } address)
        {
            problems.Add(address);
        }

        if (LogExportsAddressProblem() is { } logExportsAddress)
        {
            problems.Add(logExportsAddress);
        }

        problems.AddRange(FindSharedProblems());
        return problems;
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-._&]{3,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex SubAccountPattern();
}
