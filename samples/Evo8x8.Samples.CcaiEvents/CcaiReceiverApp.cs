using Evo8x8.Client.AspNetCore.Ccai;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Samples.CcaiEvents;

/// <summary>A receiver of CCAI Platform chat webhooks and external session events, as the AspNetCore README shows it.</summary>
public static class CcaiReceiverApp
{
    public static WebApplication Create(string[] args, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<CcaiEventLog>();
        // The app's controllers, named so that a host started from a test assembly finds them too.
        builder.Services.AddControllers().AddApplicationPart(typeof(CcaiEventsController).Assembly);

        // "Ccai:ChatWebhooks": { "PrimarySecret": "…", "SecondarySecret": "…" } from Developer Settings > Webhooks;
        // "Ccai:SessionEvents": { "ChatsUserName": "…", "ChatsPassword": "…", "CallsUserName": … } from Session Data Export.
        // Read on each delivery: a rotated secret or password applies without a restart.
        builder.Services.Configure<CcaiChatWebhookOptions>(builder.Configuration.GetSection("Ccai:ChatWebhooks"));
        builder.Services.Configure<CcaiSessionEventOptions>(builder.Configuration.GetSection("Ccai:SessionEvents"));

        WebApplication app = builder.Build();
        app.MapCcaiChatWebhooks<ChatHandler>("/webhooks/ccai-chat");
        app.MapCcaiSessionEvents<SessionEventHandler>("/webhooks/ccai-sessions/chats", SessionEventChannel.Chats);
        app.MapCcaiSessionEvents<SessionEventHandler>("/webhooks/ccai-sessions/calls", SessionEventChannel.Calls);
        CcaiOwnRoutes.Map(app);
        app.MapControllers();
        return app;
    }
}
