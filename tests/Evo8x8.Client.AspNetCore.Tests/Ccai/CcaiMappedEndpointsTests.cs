using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Builder;

namespace Evo8x8.Client.AspNetCore.Tests.Ccai;

/// <summary>The same contract through MapCcaiChatWebhooks and MapCcaiSessionEvents with typed handlers.</summary>
public sealed class CcaiMappedEndpointsTests : CcaiReceiverContractTests
{
    protected override string ChatWebhookPath => "/webhooks/ccai-chat";

    protected override string ChatSessionEventsPath => "/webhooks/ccai-sessions/chats";

    protected override void MapRoutes(WebApplication app)
    {
        app.MapCcaiChatWebhooks<Handler>("/webhooks/ccai-chat");
        app.MapCcaiSessionEvents<Handler>("/webhooks/ccai-sessions/chats", SessionEventChannel.Chats);
    }

    private sealed class Handler(CcaiSeen seen) : ICcaiChatWebhookHandler, ICcaiSessionEventHandler
    {
        public Task HandleAsync(ChatWebhookEvent chatEvent, CancellationToken cancellationToken)
        {
            seen.Record(chatEvent);
            return Task.CompletedTask;
        }

        public Task HandleAsync(SessionEventChannel channel, SessionEvent sessionEvent, CancellationToken cancellationToken)
        {
            seen.Record([sessionEvent]);
            return Task.CompletedTask;
        }
    }
}
