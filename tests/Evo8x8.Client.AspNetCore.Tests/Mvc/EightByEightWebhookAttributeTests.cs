using System.Collections.Concurrent;
using System.Net;
using Evo8x8.Client.AspNetCore.Deduplication;
using Evo8x8.Client.AspNetCore.Mvc;
using Evo8x8.Client.AspNetCore.Tests.Infrastructure;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.AspNetCore.Tests.Mvc;

public sealed class EightByEightWebhookAttributeTests : IAsyncLifetime
{
    private const string Secret = "Bearer mvc-test-secret";

    private Receiver _receiver = null!;

    public static ConcurrentQueue<WebhookEvent> Seen { get; } = new();

    public static int FailuresLeft;

    public async Task InitializeAsync()
    {
        Seen.Clear();
        FailuresLeft = 0;
        _receiver = await Receiver.StartAsync(
            builder =>
            {
                builder.Services.AddControllers().AddApplicationPart(typeof(VoiceWebhooksController).Assembly);
                builder.Services.AddEightByEightWebhooks(options => options.AuthorizationHeaderValue = Secret);
                builder.Services.AddEightByEightWebhookDeduplication();
            },
            app => app.MapControllers());
    }

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Attribute_CallStatusOnAControllerRoute_ReachesTheActionTyped()
    {
        using HttpResponseMessage response = await _receiver.PostAsync("/api/voice/status", Receiver.Fixture("vcs-call-connected.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        CallStatusEvent status = Assert.IsType<CallStatusEvent>(Assert.Single(Seen));
        Assert.Equal(status.EventType.Value, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Attribute_MissingAuthorization_Answers401AndTheActionNeverRuns()
    {
        using HttpResponseMessage response = await _receiver.PostAsync("/api/voice/status", Receiver.Fixture("vcs-call-connected.json"), authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Seen);
    }

    [Fact]
    public async Task Attribute_ActionThrowsThenTheRedeliveryArrives_Answers500ThenRunsItAgain()
    {
        FailuresLeft = 1;
        string delivery = Receiver.Fixture("seed-000-vss-failure.json");

        using HttpResponseMessage failed = await _receiver.PostAsync("/api/voice/status", delivery, Secret);
        using HttpResponseMessage redelivered = await _receiver.PostAsync("/api/voice/status", delivery, Secret);
        using HttpResponseMessage duplicate = await _receiver.PostAsync("/api/voice/status", delivery, Secret);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.DoesNotContain("hunter2", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(2, Seen.Count);
    }
}

[ApiController]
[Route("api/voice")]
[EightByEightWebhook]
public sealed class VoiceWebhooksController : ControllerBase
{
    [HttpPost("status")]
    public IActionResult Status(WebhookDelivery delivery)
    {
        EightByEightWebhookAttributeTests.Seen.Enqueue(delivery.Event);
        if (Interlocked.Decrement(ref EightByEightWebhookAttributeTests.FailuresLeft) >= 0)
        {
            throw new InvalidOperationException("password=hunter2 rejected");
        }

        return Content(delivery.Event.EventType.Value ?? string.Empty);
    }
}
