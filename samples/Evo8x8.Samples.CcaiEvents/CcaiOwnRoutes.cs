using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Evo8x8.Samples.CcaiEvents;

public static class CcaiOwnRoutes
{
    public static void Map(WebApplication app)
    {
        // The checks of MapCcaiChatWebhooks (size, signature, body, duplicates) on a route of your own.
        app.MapPost("/my-app/ccai/chat", (CcaiChatWebhookDelivery delivery, CcaiEventLog log) =>
        {
            log.Add(delivery.Event, "own route: " + ChatHandler.Describe(delivery.Event));
            return Results.Ok();
        }).AddCcaiChatWebhookFilter();

        // On a group: every route of it is checked as the chats channel's session events.
        RouteGroupBuilder sessions = app.MapGroup("/my-app/ccai/sessions").AddCcaiSessionEventsFilter(SessionEventChannel.Chats);
        sessions.MapPost("/chats", (CcaiSessionEventDelivery delivery, CcaiEventLog log) =>
        {
            foreach (SessionEvent sessionEvent in delivery.Events)
            {
                log.Add(sessionEvent, "own route: " + SessionEventHandler.Describe(delivery.Channel, sessionEvent));
            }

            return Results.Ok();
        });
    }
}
