using System.Collections.Concurrent;
using System.Net;
using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.Testing.Tests.Ccai;

/// <summary>The emulator's signed chat webhooks and session events reach a receiver configured as CCAI-EVENTS.md says.</summary>
public sealed class CcaiEventsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("emulator-second-secret")]
    public async Task RunCcaiChatAsync_ReceiverFromTheDocs_EveryWebhookAccepted(string? secondary)
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.CcaiWebhookSecondarySecret = secondary;
        var chats = new ConcurrentQueue<ChatWebhookEvent>();
        await using WebApplication app = await StartReceiverAsync(emulator, chats, new ConcurrentQueue<SessionEvent>());

        IReadOnlyList<HttpStatusCode> statuses = await emulator.RunCcaiChatAsync(new Uri(new Uri(app.Urls.First()), "/ccai/chat"), ["Hi"]);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(["participant_joined", "message_received", "chat_ended"], chats.Select(e => e.EventType));
        Assert.Equal("Hi", Assert.IsType<ChatMessageReceivedEvent>(chats.ElementAt(1)).Content);
    }

    [Fact]
    public async Task RunCcaiChatAsync_ReceiverHoldsAnotherSecret_Refused401()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        var chats = new ConcurrentQueue<ChatWebhookEvent>();
        await using WebApplication app = await StartReceiverAsync(emulator, chats, new ConcurrentQueue<SessionEvent>());
        emulator.CcaiWebhookPrimarySecret = "a-secret-the-receiver-does-not-know";

        IReadOnlyList<HttpStatusCode> statuses = await emulator.RunCcaiChatAsync(new Uri(new Uri(app.Urls.First()), "/ccai/chat"), ["Hi"]);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Empty(chats);
    }

    [Fact]
    public async Task SendCcaiCallSessionEventsAsync_ReceiverFromTheDocs_EveryStepOnce()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        var sessions = new ConcurrentQueue<SessionEvent>();
        await using WebApplication app = await StartReceiverAsync(emulator, new ConcurrentQueue<ChatWebhookEvent>(), sessions);

        IReadOnlyList<HttpStatusCode> statuses = await emulator.SendCcaiCallSessionEventsAsync(new Uri(new Uri(app.Urls.First()), "/ccai/calls"), "user", "pass");

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(6, sessions.Count);
        Assert.Equal(SessionEventStates.Disconnected, sessions.Last().State);
        Assert.Equal(6, sessions.Select(e => e.EventId).Distinct().Count());
    }

    private static async Task<WebApplication> StartReceiverAsync(Evo8x8Emulator emulator, ConcurrentQueue<ChatWebhookEvent> chats, ConcurrentQueue<SessionEvent> sessions)
    {
        // The secrets as they are now: the options are built on the first delivery, after a test may change the emulator's.
        string primary = emulator.CcaiWebhookPrimarySecret;
        string? secondary = emulator.CcaiWebhookSecondarySecret;
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(chats);
        builder.Services.AddSingleton(sessions);
        builder.Services.Configure<CcaiChatWebhookOptions>(options =>
        {
            options.PrimarySecret = primary;
            options.SecondarySecret = secondary;
        });
        builder.Services.Configure<CcaiSessionEventOptions>(options =>
        {
            options.CallsUserName = "user";
            options.CallsPassword = "pass";
        });
        WebApplication app = builder.Build();
        app.MapCcaiChatWebhooks<ChatRecorder>("/ccai/chat");
        app.MapCcaiSessionEvents<SessionRecorder>("/ccai/calls", SessionEventChannel.Calls);
        await app.StartAsync();
        return app;
    }

    private sealed class ChatRecorder(ConcurrentQueue<ChatWebhookEvent> chats) : ICcaiChatWebhookHandler
    {
        public Task HandleAsync(ChatWebhookEvent chatEvent, CancellationToken cancellationToken)
        {
            chats.Enqueue(chatEvent);
            return Task.CompletedTask;
        }
    }

    private sealed class SessionRecorder(ConcurrentQueue<SessionEvent> sessions) : ICcaiSessionEventHandler
    {
        public Task HandleAsync(SessionEventChannel channel, SessionEvent sessionEvent, CancellationToken cancellationToken)
        {
            sessions.Enqueue(sessionEvent);
            return Task.CompletedTask;
        }
    }
}
