using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>One request budget per tenant (host) in this process, shared by every client of that tenant.</summary>
internal static class CcaiTenantRateLimits
{
    private static readonly ConcurrentDictionary<(string Host, int PerSecond), RateLimiter> Limiters = new();

    public static RateLimiter For(Uri baseAddress, int requestsPerSecond)
        => Limiters.GetOrAdd((baseAddress.Authority.ToUpperInvariant(), requestsPerSecond), key => new TenantRequestLimiter(key.PerSecond, TimeProvider.System));
}
