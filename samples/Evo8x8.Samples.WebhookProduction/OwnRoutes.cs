using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Evo8x8.Samples.WebhookProduction;

public static class OwnRoutes
{
    public static void Map(WebApplication app)
    {
        // Every route of the group gets the checks of MapEightByEightWebhooks (source, Authorization, size, body).
        RouteGroupBuilder voice = app.MapGroup("/my-app/voice").AddEightByEightWebhookFilter();
        voice.MapPost("/ivr", AnswerCallAction);
    }

    private static IResult AnswerCallAction(WebhookDelivery delivery)
    {
        if (delivery.Event is not CallActionEvent callAction)
        {
            return Results.Ok();
        }

        CallActionReply reply = new CallflowBuilder()
            .Say($"You pressed {callAction.Payload.Dtmf}. Goodbye.", "en-US-JennyNeural")
            .Hangup()
            .BuildReply("goodbye");
        return new CallActionReplyResult(reply);
    }
}
