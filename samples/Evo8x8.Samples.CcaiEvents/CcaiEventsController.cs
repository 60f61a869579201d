using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.Ccai.Webhooks;
using Evo8x8.Client.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc;

namespace Evo8x8.Samples.CcaiEvents;

[ApiController]
[Route("api/ccai")]
public sealed class CcaiEventsController(CcaiEventLog log) : ControllerBase
{
    [HttpPost("chat")]
    [CcaiChatWebhook]
    public IActionResult Chat(CcaiChatWebhookDelivery delivery)
    {
        log.Add(delivery.Event, "controller: " + ChatHandler.Describe(delivery.Event));
        return Ok();
    }

    [HttpPost("chat-sessions")]
    [CcaiSessionEvents(SessionEventChannel.Chats)]
    public IActionResult ChatSessions(CcaiSessionEventDelivery delivery)
    {
        foreach (SessionEvent sessionEvent in delivery.Events)
        {
            log.Add(sessionEvent, "controller: " + SessionEventHandler.Describe(delivery.Channel, sessionEvent));
        }

        return Ok();
    }
}
