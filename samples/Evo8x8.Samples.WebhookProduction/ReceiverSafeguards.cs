using System.Net;
using Evo8x8.Client.AspNetCore.Deduplication;
using Evo8x8.Client.AspNetCore.Redis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Samples.WebhookProduction;

/// <summary>The snippets of src/Evo8x8.Client.AspNetCore/README.md, compiled: de-duplication per environment, and a known load balancer.</summary>
public static class ReceiverSafeguards
{
    public static void AddDeduplication(WebApplicationBuilder builder)
    {
        builder.Services.AddEightByEightWebhookDeduplicationOnRedis(builder.Configuration["EightByEight:Redis"]!, options =>
        {
            options.KeyPrefix = "evo8x8:production:";   // one prefix per environment sharing the server
            options.FailStartupWhenStoreUnavailable = true;   // a wrong connection string stops the start
        });
        builder.Services.AddHealthChecks().AddEightByEightWebhookClaimStore();
    }

    public static void TrustTheLoadBalancer(WebApplicationBuilder builder)
    {
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            options.KnownProxies.Add(IPAddress.Parse("10.0.0.5"));
            // or its network: options.KnownIPNetworks.Add(IPNetwork.Parse("10.0.0.0/24")), KnownNetworks on .NET 8
        });
    }
}
