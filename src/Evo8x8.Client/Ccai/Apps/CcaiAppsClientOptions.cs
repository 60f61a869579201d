using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>
/// How to reach a CCAI Platform tenant's Apps API: the subdomain and domain that make its address
/// (<c>https://{subdomain}.{domain}/apps/api/v1</c>), and the API token sent with the subdomain by HTTP Basic.
/// <see cref="ToString"/> never shows the token.
/// </summary>
public sealed class CcaiAppsClientOptions : Evo8x8ClientOptions
{
    /// <summary>The tenant's subdomain, for example <c>customer</c> in <c>customer.uc1.ccaiplatform.com</c>; also the Basic user name.</summary>
    public string Subdomain { get; set; } = string.Empty;

    /// <summary>The rest of the host, for example <c>uc1.ccaiplatform.com</c>.</summary>
    public string Domain { get; set; } = string.Empty;

    /// <summary>The API token from Settings &gt; Developer Settings &gt; API Credentials; sent only inside the Basic header.</summary>
    public string ApiToken { get; set; } = string.Empty;

    /// <summary>Another address instead of the one made from subdomain and domain, for example the local emulator's.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Requests per second this process sends to one tenant (default 10, the documented limit per customer); clients
    /// for the same tenant share the budget, and a request over it waits its turn instead of being refused.
    /// </summary>
    public int RequestsPerSecond { get; set; } = 10;

    /// <summary>The address requests go to: <see cref="BaseAddress"/>, else <c>https://{Subdomain}.{Domain}/apps/api/v1/</c>.</summary>
    public Uri ResolveBaseAddress()
        => BaseAddress ?? new Uri($"https://{Subdomain.Trim()}.{Domain.Trim().TrimEnd('/')}/apps/api/v1/");

    /// <summary>Shows the settings with the token masked.</summary>
    public override string ToString()
        => $"CcaiAppsClientOptions {{ Subdomain = {Subdomain}, Domain = {Domain}, BaseAddress = {BaseAddress}, ApiToken = {(string.IsNullOrEmpty(ApiToken) ? "<not set>" : "***")} }}";

    /// <summary>Every setting that is wrong, each with how to fix it; empty when the options are usable.</summary>
    internal List<string> FindProblems()
    {
        List<string> problems = [];
        if (string.IsNullOrWhiteSpace(Subdomain) || Subdomain.Contains('.', StringComparison.Ordinal) || Subdomain.Contains('/', StringComparison.Ordinal))
        {
            problems.Add($"{nameof(Subdomain)} is '{Subdomain}': set the tenant's subdomain alone, for example 'customer' of customer.uc1.ccaiplatform.com.");
        }

        if (BaseAddress is null && (string.IsNullOrWhiteSpace(Domain) || Domain.Contains("://", StringComparison.Ordinal)))
        {
            problems.Add($"{nameof(Domain)} is '{Domain}': set the host without the subdomain and scheme, for example 'uc1.ccaiplatform.com'.");
        }

        if (string.IsNullOrEmpty(ApiToken))
        {
            problems.Add($"{nameof(ApiToken)} is missing: create one in Settings > Developer Settings > API Credentials.");
        }

        if (RequestsPerSecond < 1)
        {
            problems.Add($"{nameof(RequestsPerSecond)} is {RequestsPerSecond}: use at least 1 (default 10, the documented limit).");
        }

        if (BaseAddress is not null && BaseAddressRule.Check(nameof(BaseAddress), BaseAddress) is { } address)
        {
            problems.Add(address);
        }

        problems.AddRange(FindSharedProblems());
        return problems;
    }
}
