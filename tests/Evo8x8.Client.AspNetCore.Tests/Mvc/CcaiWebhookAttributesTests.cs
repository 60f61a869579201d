using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.AspNetCore.Mvc;
using Evo8x8.Client.AspNetCore.Tests.Ccai;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.AspNetCore.Tests.Mvc;

/// <summary>CCAI events on controller actions, through [CcaiChatWebhook] and [CcaiSessionEvents(channel)].</summary>
public sealed class CcaiWebhookAttributesTests : CcaiReceiverContractTests
{
    protected override string ChatWebhookPath => "/api/ccai/chat";

    protected override string ChatSessionEventsPath => "/api/ccai/chat-sessions";

    protected override void AddServices(WebApplicationBuilder builder)
        => builder.Services.AddControllers().AddApplicationPart(typeof(CcaiEventsController).Assembly);

    protected override void MapRoutes(WebApplication app) => app.MapControllers();
}

[ApiController]
[Route("api/ccai")]
public sealed class CcaiEventsController(CcaiSeen seen) : ControllerBase
{
    [HttpPost("chat")]
    [CcaiChatWebhook]
    public IActionResult Chat(CcaiChatWebhookDelivery delivery)
    {
        seen.Record(delivery.Event);
        return Ok();
    }

    [HttpPost("chat-sessions")]
    [CcaiSessionEvents(SessionEventChannel.Chats)]
    public IActionResult ChatSessions(CcaiSessionEventDelivery delivery)
    {
        seen.Record(delivery.Events);
        return Ok();
    }
}
