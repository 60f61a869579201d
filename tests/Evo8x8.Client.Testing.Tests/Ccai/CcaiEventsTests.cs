using System.Net;
using Evo8x8.Client.Ccai.Webhooks;
using Evo8x8.Samples.CcaiEvents;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.Testing.Tests.Ccai;

/// <summary>
/// The chats the emulator runs reach a receiver built only from the AspNetCore README's snippets (CcaiReceiverApp,
/// CcaiOwnRoutes and CcaiEventsController of the CcaiEvents sample are those snippets): signed webhooks and the chat's
/// session events, one chat id throughout, through the mapped endpoints, the endpoint filters and the MVC attributes.
/// </summary>
public sealed class CcaiEventsTests
{
    [Theory]
    [InlineData("/webhooks/ccai-chat", "/webhooks/ccai-sessions/chats", null)]
    [InlineData("/webhooks/ccai-chat", "/webhooks/ccai-sessions/chats", "emulator-second-secret")]
    [InlineData("/my-app/ccai/chat", "/my-app/ccai/sessions/chats", null)]
    [InlineData("/api/ccai/chat", "/api/ccai/chat-sessions", "emulator-second-secret")]
    public async Task RunCcaiChatAsync_ReceiverFromTheReadme_EveryWebhookAndSessionEventOfTheChatAccepted(string chatPath, string sessionsPath, string? secondary)
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.CcaiWebhookSecondarySecret = secondary;
        await using WebApplication app = await StartReceiverAsync(emulator, emulator.CcaiWebhookPrimarySecret);
        emulator.CcaiChatWebhookUrl = new Uri(new Uri(app.Urls.First()), chatPath);
        emulator.CcaiChatSessionEvents = new EmulatedSessionEventsEndpoint(new Uri(new Uri(app.Urls.First()), sessionsPath), "chats-user", "chats-pass");

        EmulatedCcaiChat chat = await emulator.RunCcaiChatAsync(["Hi", "Where is my order?"]);

        Assert.All(chat.WebhookStatuses.Concat(chat.SessionEventStatuses), status => Assert.Equal(HttpStatusCode.OK, status));
        CcaiEventLog log = app.Services.GetRequiredService<CcaiEventLog>();
        Assert.Equal(["participant_joined", "participant_joined", "message_received", "message_received", "chat_ended"], log.ChatWebhooks.Select(e => e.EventType));
        Assert.All(log.ChatWebhooks, e => Assert.Equal(chat.ChatId, e.ChatId));
        Assert.Equal("Where is my order?", Assert.IsType<ChatMessageReceivedEvent>(log.ChatWebhooks.ElementAt(3)).Content);
        Assert.Equal(6, log.SessionEvents.Count);
        Assert.All(log.SessionEvents, e => Assert.Equal(chat.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), e.ChatId));
        Assert.Equal(6, log.SessionEvents.Select(e => e.EventId).Distinct().Count());
        Assert.Equal(
            [SessionEventStates.Connected, SessionEventStates.Connected, SessionEventStates.Connected, SessionEventStates.Connected, SessionEventStates.Disconnected, SessionEventStates.Disconnected],
            log.SessionEvents.Select(e => e.State));
    }

    [Fact]
    public async Task RunCcaiChatAsync_ReceiverHoldsAnotherSecret_WebhooksRefused401AndSessionEventsStillAccepted()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        await using WebApplication app = await StartReceiverAsync(emulator, "a-secret-the-emulator-does-not-sign-with");
        emulator.CcaiChatWebhookUrl = new Uri(new Uri(app.Urls.First()), "/webhooks/ccai-chat");
        emulator.CcaiChatSessionEvents = new EmulatedSessionEventsEndpoint(new Uri(new Uri(app.Urls.First()), "/webhooks/ccai-sessions/chats"), "chats-user", "chats-pass");

        EmulatedCcaiChat chat = await emulator.RunCcaiChatAsync(["Hi"]);

        Assert.All(chat.WebhookStatuses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.All(chat.SessionEventStatuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Empty(app.Services.GetRequiredService<CcaiEventLog>().ChatWebhooks);
    }

    [Fact]
    public async Task RunCcaiChatAsync_NothingConfigured_ThrowsNamingTheSettings()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();

        InvalidOperationException refused = await Assert.ThrowsAsync<InvalidOperationException>(() => emulator.RunCcaiChatAsync(["Hi"]));

        Assert.Contains("CcaiChatWebhookUrl", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendCcaiCallSessionEventsAsync_ReceiverFromTheReadme_EveryStepOnce()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        await using WebApplication app = await StartReceiverAsync(emulator, emulator.CcaiWebhookPrimarySecret);

        IReadOnlyList<HttpStatusCode> statuses = await emulator.SendCcaiCallSessionEventsAsync(new Uri(new Uri(app.Urls.First()), "/webhooks/ccai-sessions/calls"), "calls-user", "calls-pass");

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        SessionEvent[] received = [.. app.Services.GetRequiredService<CcaiEventLog>().SessionEvents];
        Assert.Equal(6, received.Length);
        Assert.Equal(SessionEventStates.Disconnected, received[^1].State);
        Assert.Single(received.Select(e => e.CallId).Distinct());
    }

    private static async Task<WebApplication> StartReceiverAsync(Evo8x8Emulator emulator, string primarySecret)
    {
        WebApplication app = CcaiReceiverApp.Create(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string?>
        {
            ["Ccai:ChatWebhooks:PrimarySecret"] = primarySecret,
            ["Ccai:ChatWebhooks:SecondarySecret"] = emulator.CcaiWebhookSecondarySecret,
            ["Ccai:SessionEvents:ChatsUserName"] = "chats-user",
            ["Ccai:SessionEvents:ChatsPassword"] = "chats-pass",
            ["Ccai:SessionEvents:CallsUserName"] = "calls-user",
            ["Ccai:SessionEvents:CallsPassword"] = "calls-pass",
            ["Logging:LogLevel:Default"] = "None",
        });
        await app.StartAsync();
        return app;
    }
}
