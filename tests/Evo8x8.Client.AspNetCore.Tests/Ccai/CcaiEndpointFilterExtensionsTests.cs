using Evo8x8.Client.AspNetCore.Ccai;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Evo8x8.Client.AspNetCore.Tests.Ccai;

/// <summary>CCAI events on minimal API routes of the app's own, through AddCcaiChatWebhookFilter and AddCcaiSessionEventsFilter.</summary>
public sealed class CcaiEndpointFilterExtensionsTests : CcaiReceiverContractTests
{
    protected override string ChatWebhookPath => "/my-app/ccai/chat";

    protected override string ChatSessionEventsPath => "/my-app/ccai/sessions/chats";

    protected override void MapRoutes(WebApplication app)
    {
        app.MapPost("/my-app/ccai/chat", (CcaiChatWebhookDelivery delivery, CcaiSeen seen) =>
        {
            seen.Record(delivery.Event);
            return Results.Ok();
        }).AddCcaiChatWebhookFilter();

        // On a group, as 8x8's filter is used in the README: every route of the group is checked.
        RouteGroupBuilder sessions = app.MapGroup("/my-app/ccai/sessions").AddCcaiSessionEventsFilter(SessionEventChannel.Chats);
        sessions.MapPost("/chats", (CcaiSessionEventDelivery delivery, CcaiSeen seen) =>
        {
            Assert.Equal(SessionEventChannel.Chats, delivery.Channel);
            seen.Record(delivery.Events);
            return Results.Ok();
        });
    }
}
