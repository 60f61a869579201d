using Evo8x8.Client.AspNetCore.Mvc;
using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Mvc;

namespace Evo8x8.Samples.WebhookProduction;

[ApiController]
[Route("api/voice-events")]
[EightByEightWebhook]
public sealed class VoiceEventsController : ControllerBase
{
    [HttpPost]
    public IActionResult Receive(WebhookDelivery delivery)
    {
        if (delivery.Event is CallStatusEvent status)
        {
            Console.WriteLine($"Controller: call {status.Payload.CallId} is now {status.Payload.CallStatus}");
        }

        return Ok();
    }
}
