using System.Net;
using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.AspNetCore.Redis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Samples.WebhookProduction;

public static class ProductionReceiverApp
{
    public static WebApplication Create(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);

        // "EightByEight:Webhooks": { "AuthorizationHeaderValues": ["Bearer new…", "Bearer old…"], "AllowedSources": ["8x8-voice"] }
        // A changed value (a rotated secret) applies to the next delivery, without a restart.
        builder.Services.AddEightByEightWebhooks(builder.Configuration.GetSection("EightByEight:Webhooks"));

        // Behind a load balancer the delivery's address is read from X-Forwarded-For, and only when the proxy is known.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            if (builder.Configuration["EightByEight:LoadBalancer"] is { } loadBalancer)
            {
                options.KnownProxies.Add(IPAddress.Parse(loadBalancer));
            }
        });

        // One handler run per delivery across every instance that shares this Redis.
        if (builder.Configuration["EightByEight:Redis"] is { } redis)
        {
            builder.Services.AddEightByEightWebhookDeduplicationOnRedis(redis);
        }

        builder.Services.AddControllers();
        WebApplication app = builder.Build();
        app.UseForwardedHeaders();
        app.MapEightByEightWebhooks<CountingWebhookHandler>("/webhooks/8x8");
        OwnRoutes.Map(app);
        app.MapControllers();
        return app;
    }
}
