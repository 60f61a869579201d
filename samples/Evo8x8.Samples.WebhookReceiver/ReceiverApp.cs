using Evo8x8.Client.AspNetCore;
using Microsoft.AspNetCore.Builder;

namespace Evo8x8.Samples.WebhookReceiver;

public static class ReceiverApp
{
    public static WebApplication Create(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
        WebApplication app = builder.Build();

        // The value you gave 8x8 as httpAuthHeader when creating the webhooks (VSS, VCS, VCA).
        app.MapEightByEightWebhooks<VoiceWebhookHandler>("/webhooks/8x8", options =>
            options.AuthorizationHeaderValue = builder.Configuration["EightByEight:WebhookAuthorization"]);

        return app;
    }
}
