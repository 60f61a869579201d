using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.AspNetCore.Tests.Infrastructure;
using Evo8x8.Client.Ccai.Webhooks;
using Evo8x8.Client.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.AspNetCore.Tests.Ccai;

/// <summary>
/// What every way of receiving CCAI events must do the same (the mapped endpoints, the endpoint filters, the MVC
/// attributes): each subclass builds its app its own way on Kestrel and posts the same fixtures, signed as API-NOTES-3
/// §1.3 reads (HMAC-SHA256 of the timestamp followed by the raw body, keyed by the secret, standard base64).
/// </summary>
public abstract class CcaiReceiverContractTests : IAsyncLifetime
{
    private const string Primary = "contract-primary-secret";
    private const string Secondary = "contract-secondary-secret";
    private const string Timestamp = "1765000000";

    private static readonly string ChatWebhook = Fixtures.Read(Path.Combine("Ccai", "Fixtures", "chat-message-received.json"));
    private static readonly string ChatSessionEvents = Fixtures.Read(Path.Combine("Ccai", "Fixtures", "session-events-chats.json"));

    private Receiver _receiver = null!;

    private CcaiSeen Seen => _receiver.Services.GetRequiredService<CcaiSeen>();

    /// <summary>Where the app receives chat webhooks.</summary>
    protected abstract string ChatWebhookPath { get; }

    /// <summary>Where the app receives the chats channel's session events.</summary>
    protected abstract string ChatSessionEventsPath { get; }

    public async Task InitializeAsync()
    {
        _receiver = await Receiver.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton<CcaiSeen>();
                builder.Services.Configure<CcaiChatWebhookOptions>(options =>
                {
                    options.PrimarySecret = Primary;
                    options.SecondarySecret = Secondary;
                });
                builder.Services.Configure<CcaiSessionEventOptions>(options =>
                {
                    options.ChatsUserName = "chats-user";
                    options.ChatsPassword = "chats-pass";
                });
                AddServices(builder);
            },
            MapRoutes);
    }

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Theory]
    [InlineData(Primary)]
    [InlineData(Secondary)]
    public async Task ChatWebhook_SignedWithEitherSecret_ReachesYourCodeTyped(string secret)
    {
        using HttpResponseMessage response = await PostChatAsync(ChatWebhook, Timestamp, $"primary={Sign(secret, Timestamp, ChatWebhook)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ChatMessageReceivedEvent message = Assert.IsType<ChatMessageReceivedEvent>(Assert.Single(Seen.Chats));
        Assert.Equal(4211, message.ChatId);
        Assert.Equal("Where is my order?", message.Content);
    }

    [Fact]
    public async Task ChatWebhook_WrongSignature_Refused401WithoutRunningYourCode()
    {
        using HttpResponseMessage response = await PostChatAsync(ChatWebhook, Timestamp, $"primary={Sign("not-a-configured-secret", Timestamp, ChatWebhook)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Seen.Chats);
    }

    [Fact]
    public async Task ChatWebhook_MissingTimestamp_Refused401WithoutRunningYourCode()
    {
        using HttpResponseMessage response = await PostChatAsync(ChatWebhook, timestamp: null, $"primary={Sign(Primary, string.Empty, ChatWebhook)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Seen.Chats);
    }

    [Fact]
    public async Task ChatWebhook_BodyChangedByOneByte_Refused401WithoutRunningYourCode()
    {
        string changed = ChatWebhook.Replace("4211", "4212", StringComparison.Ordinal);

        using HttpResponseMessage response = await PostChatAsync(changed, Timestamp, $"primary={Sign(Primary, Timestamp, ChatWebhook)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Seen.Chats);
    }

    [Fact]
    public async Task ChatWebhook_DeliveredTwice_YourCodeRunsOnce()
    {
        string signature = $"primary={Sign(Primary, Timestamp, ChatWebhook)} secondary={Sign(Secondary, Timestamp, ChatWebhook)}";

        using HttpResponseMessage first = await PostChatAsync(ChatWebhook, Timestamp, signature);
        using HttpResponseMessage again = await PostChatAsync(ChatWebhook, Timestamp, signature);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(Seen.Chats);
    }

    [Fact]
    public async Task ChatWebhook_YourCodeFailsThenTheRedeliveryArrives_Answers500ThenRunsItAgain()
    {
        Seen.FailuresLeft = 1;
        string signature = $"primary={Sign(Primary, Timestamp, ChatWebhook)}";

        using HttpResponseMessage failed = await PostChatAsync(ChatWebhook, Timestamp, signature);
        using HttpResponseMessage redelivered = await PostChatAsync(ChatWebhook, Timestamp, signature);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(2, Seen.Chats.Count);
    }

    [Fact]
    public async Task SessionEvents_SameEventIdsAgain_YourCodeRunsOncePerEvent()
    {
        using HttpResponseMessage first = await PostSessionEventsAsync(ChatSessionEvents, "chats-user", "chats-pass");
        using HttpResponseMessage again = await PostSessionEventsAsync(ChatSessionEvents, "chats-user", "chats-pass");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["0b6f1a3e-7c1d-4a52-9d0e-2f4c1b8e5a01", "0b6f1a3e-7c1d-4a52-9d0e-2f4c1b8e5a02"], Seen.SessionEvents.Select(e => e.EventId));
        Assert.Equal("4211", Seen.SessionEvents.First().ChatId);
        Assert.Equal(SessionEventStates.Disconnected, Seen.SessionEvents.Last().State);
    }

    [Fact]
    public async Task SessionEvents_WrongPassword_Refused401WithoutRunningYourCode()
    {
        using HttpResponseMessage response = await PostSessionEventsAsync(ChatSessionEvents, "chats-user", "wrong-pass");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Empty(Seen.SessionEvents);
    }

    /// <summary>Registers what the app's way of receiving needs (controllers, for MVC).</summary>
    protected virtual void AddServices(WebApplicationBuilder builder)
    {
    }

    /// <summary>Maps <see cref="ChatWebhookPath"/> and <see cref="ChatSessionEventsPath"/>, handing what arrives to <see cref="CcaiSeen"/>.</summary>
    protected abstract void MapRoutes(WebApplication app);

    private static string Sign(string secret, string timestamp, string body)
        => ChatWebhookSignature.Compute(secret, timestamp, Encoding.UTF8.GetBytes(body));

    private async Task<HttpResponseMessage> PostChatAsync(string body, string? timestamp, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ChatWebhookPath) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-Signature", signature);
        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        return await _receiver.Client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostSessionEventsAsync(string body, string user, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ChatSessionEventsPath) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return await _receiver.Client.SendAsync(request);
    }
}
