using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Evo8x8.Client.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Evo8x8.Client.AspNetCore.Tests.Ccai;

/// <summary>Chat webhooks signed as API-NOTES-3 §1.3 reads: HMAC-SHA256(secret, timestamp + raw body), standard base64.</summary>
public sealed class CcaiChatWebhookEndpointTests : IAsyncLifetime
{
    private const string Primary = "primary-secret-0123";
    private const string Secondary = "secondary-secret-4567";
    private const string Body = """{"event_type":"message_received","timestamp":"1765000000","chat_id":42,"body":{"sender":{"id":7,"type":"end_user"},"message":{"type":"text","content":"Hello"}}}""";

    private static readonly Instant Now = Instant.FromUtc(2026, 12, 6, 12, 0);

    private readonly ConcurrentQueue<ChatWebhookEvent> _handled = new();
    private readonly ConcurrentQueue<string> _logs = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new QueueLoggerProvider(_logs));
        builder.Services.AddSingleton(_handled);
        builder.Services.AddSingleton<IClock>(new FakeClock(Now));
        builder.Services.Configure<CcaiChatWebhookOptions>(options =>
        {
            options.PrimarySecret = Primary;
            options.SecondarySecret = Secondary;
        });
        _app = builder.Build();
        _app.MapCcaiChatWebhooks<Handler>("/webhooks/ccai");
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData(Primary)]
    [InlineData(Secondary)]
    public async Task Post_SignedWithEitherSecret_Answers200AndTheHandlerGetsTheTypedEvent(string secret)
    {
        using HttpResponseMessage response = await PostAsync(Body, "1765000000", $"primary={Sign(secret, "1765000000", Body)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ChatMessageReceivedEvent received = Assert.IsType<ChatMessageReceivedEvent>(Assert.Single(_handled));
        Assert.Equal(42, received.ChatId);
        Assert.Equal("Hello", received.Content);
        Assert.Equal("end_user", received.SenderType);
    }

    [Fact]
    public async Task Post_DuringRotation_AcceptedWhenOnlyTheNewSecretIsConfiguredAsPrimary()
    {
        // Rotation: the platform signs with both; the receiver already holds the new secret as primary only.
        _app.Services.GetRequiredService<IOptionsMonitor<CcaiChatWebhookOptions>>().CurrentValue.PrimarySecret = "rotated-new-secret";
        _app.Services.GetRequiredService<IOptionsMonitor<CcaiChatWebhookOptions>>().CurrentValue.SecondarySecret = null;
        string header = $"primary={Sign(Primary, "1765000000", Body)} secondary={Sign("rotated-new-secret", "1765000000", Body)}";

        using HttpResponseMessage response = await PostAsync(Body, "1765000000", header);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_handled);
    }

    [Fact]
    public async Task Post_WrongSignature_Refused401WithoutRunningTheHandler()
    {
        using HttpResponseMessage response = await PostAsync(Body, "1765000000", "primary=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handled);
        Assert.Contains(_logs, line => line.Contains("SignatureMismatch", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs, line => line.Contains(Primary, StringComparison.Ordinal) || line.Contains(Sign(Primary, "1765000000", Body), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SignedWithAnotherSecret_Refused401WithoutRunningTheHandler()
    {
        using HttpResponseMessage response = await PostAsync(Body, "1765000000", $"primary={Sign("not-our-secret", "1765000000", Body)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task Post_BodyChangedByOneByte_Refused401WithoutRunningTheHandler()
    {
        string changed = Body.Replace("Hello", "Hellp", StringComparison.Ordinal);

        using HttpResponseMessage response = await PostAsync(changed, "1765000000", $"primary={Sign(Primary, "1765000000", Body)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task Post_MissingTimestamp_Refused401WithoutRunningTheHandler()
    {
        using HttpResponseMessage response = await PostAsync(Body, timestamp: null, $"primary={Sign(Primary, string.Empty, Body)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handled);
        Assert.Contains(_logs, line => line.Contains("MissingTimestamp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_OldTimestampWithWindowOn_Refused401WithoutRunningTheHandler()
    {
        _app.Services.GetRequiredService<IOptionsMonitor<CcaiChatWebhookOptions>>().CurrentValue.ReplayWindow = Duration.FromMinutes(5);
        string old = (Now - Duration.FromHours(1)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        using HttpResponseMessage response = await PostAsync(Body, old, $"primary={Sign(Primary, old, Body)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handled);
        Assert.Contains(_logs, line => line.Contains("TimestampOutsideWindow", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_FreshTimestampWithWindowOn_Answers200()
    {
        _app.Services.GetRequiredService<IOptionsMonitor<CcaiChatWebhookOptions>>().CurrentValue.ReplayWindow = Duration.FromMinutes(5);
        string now = Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        using HttpResponseMessage response = await PostAsync(Body, now, $"primary={Sign(Primary, now, Body)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownEventType_ReachesTheHandlerWithItsRawJson()
    {
        const string unknown = """{"event_type":"chat_transferred","chat_id":9,"body":{"to_queue":"billing"}}""";

        using HttpResponseMessage response = await PostAsync(unknown, "1765000000", $"primary={Sign(Secondary, "1765000000", unknown)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        UnknownChatWebhookEvent received = Assert.IsType<UnknownChatWebhookEvent>(Assert.Single(_handled));
        Assert.Equal("chat_transferred", received.EventType);
        Assert.Equal("billing", received.Json.GetProperty("body").GetProperty("to_queue").GetString());
    }

    private static string Sign(string secret, string timestamp, string body)
        => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + body)));

    private async Task<HttpResponseMessage> PostAsync(string body, string? timestamp, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/ccai") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature", signature);
        if (timestamp is not null)
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return await _client.SendAsync(request);
    }

    private sealed class Handler(ConcurrentQueue<ChatWebhookEvent> handled) : ICcaiChatWebhookHandler
    {
        public Task HandleAsync(ChatWebhookEvent chatEvent, CancellationToken cancellationToken)
        {
            handled.Enqueue(chatEvent);
            return Task.CompletedTask;
        }
    }
}
