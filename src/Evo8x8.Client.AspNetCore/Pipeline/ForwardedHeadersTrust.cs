using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// What the source filter needs to know about ASP.NET Core's forwarded-headers middleware: whether it trusts every
/// sender (then the filter can be fooled), and whether a delivery's <c>X-Forwarded-For</c> was left unused.
/// </summary>
internal static class ForwardedHeadersTrust
{
#if NET10_0_OR_GREATER
    private const string NetworksSetting = "KnownIPNetworks";
#else
    private const string NetworksSetting = "KnownNetworks";
#endif

    /// <summary>Warns once when the filter is on and forwarded headers are taken from any address.</summary>
    public static void WarnIfTrustsEveryone(IServiceProvider services, IList<string> allowedSources, ILogger logger)
    {
        if (allowedSources.Count == 0 || services.GetService<IOptions<ForwardedHeadersOptions>>()?.Value is not { } forwarded)
        {
            return;
        }

        if ((forwarded.ForwardedHeaders & ForwardedHeaders.XForwardedFor) != 0 && forwarded.KnownProxies.Count == 0 && KnownNetworkCount(forwarded) == 0)
        {
            WebhookLog.ForwardedHeadersTrustEveryone(logger, NetworksSetting);
        }
    }

    /// <summary>
    /// The <c>X-Forwarded-For</c> of a request the middleware did not apply it to (it leaves <c>X-Original-For</c> when
    /// it does), cut short for a log line; <see langword="null"/> when there is none or it was used.
    /// </summary>
    public static string? IgnoredForwardedFor(HttpRequest request)
    {
        string? forwardedFor = request.Headers[ForwardedHeadersDefaults.XForwardedForHeaderName].ToString();
        if (string.IsNullOrEmpty(forwardedFor) || request.Headers.ContainsKey(ForwardedHeadersDefaults.XOriginalForHeaderName))
        {
            return null;
        }

        return forwardedFor.Length <= 100 ? forwardedFor : forwardedFor[..100] + "…";
    }

    private static int KnownNetworkCount(ForwardedHeadersOptions options)
#if NET10_0_OR_GREATER
        => options.KnownIPNetworks.Count;
#else
        => options.KnownNetworks.Count;
#endif
}
