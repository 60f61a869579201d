using System.Collections.Concurrent;
using System.Net;
using Evo8x8.Client.AspNetCore.Deduplication;
using Evo8x8.Client.AspNetCore.Tests.Infrastructure;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Evo8x8.Client.AspNetCore.Tests;

public sealed class WebhookEndpointFilterExtensionsTests : IAsyncLifetime
{
    private const string Secret = "Bearer filter-test-secret";

    private readonly ConcurrentQueue<WebhookEvent> _seen = new();
    private int _failuresLeft;
    private Receiver _receiver = null!;

    public async Task InitializeAsync()
        => _receiver = await Receiver.StartAsync(
            builder =>
            {
                builder.Services.AddEightByEightWebhooks(options =>
                {
                    options.AuthorizationHeaderValue = Secret;
                    options.MaxBodyBytes = 4096;
                });
                builder.Services.AddEightByEightWebhookDeduplication();
            },
            app =>
            {
                RouteGroupBuilder voice = app.MapGroup("/my-app/voice").AddEightByEightWebhookFilter();
                voice.MapPost("/events", (WebhookDelivery delivery) =>
                {
                    _seen.Enqueue(delivery.Event);
                    if (Interlocked.Decrement(ref _failuresLeft) >= 0)
                    {
                        throw new InvalidOperationException("password=hunter2 rejected");
                    }

                    return delivery.Event is SessionSummaryEvent summary ? Results.Text(summary.Payload.SessionId) : Results.Ok();
                });
                voice.MapPost("/ivr", AnswerCallAction);
                voice.MapPost("/refusing-once", (WebhookDelivery delivery) =>
                {
                    _seen.Enqueue(delivery.Event);
                    return _seen.Count == 1 ? Results.BadRequest() : Results.Ok();
                });
                app.MapPost("/unfiltered", (WebhookDelivery delivery) => delivery.Event.EventType.Value);
            });

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Filter_SessionSummaryOnAUserRoute_ReachesTheHandlerTyped()
    {
        using HttpResponseMessage response = await _receiver.PostAsync("/my-app/voice/events", Receiver.Fixture("seed-000-vss-success.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1f048a84-ea6d-11ee-911b-078f7290bf52", await response.Content.ReadAsStringAsync());
        SessionSummaryEvent summary = Assert.IsType<SessionSummaryEvent>(Assert.Single(_seen));
        Assert.Equal("CallA", Assert.Single(summary.Payload.Legs).Name);
    }

    [Fact]
    public async Task Filter_HandlerThrowsThenTheRedeliveryArrives_Answers500ThenRunsItOnce()
    {
        _failuresLeft = 1;
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        using HttpResponseMessage failed = await _receiver.PostAsync("/my-app/voice/events", delivery, Secret);
        using HttpResponseMessage redelivered = await _receiver.PostAsync("/my-app/voice/events", delivery, Secret);
        using HttpResponseMessage duplicate = await _receiver.PostAsync("/my-app/voice/events", delivery, Secret);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.DoesNotContain("hunter2", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(2, _seen.Count);
    }

    [Fact]
    public async Task Filter_RouteAnswers4xxThenTheRedeliveryArrives_TheRedeliveryRunsAndItsDuplicateIsSkipped()
    {
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        using HttpResponseMessage refused = await _receiver.PostAsync("/my-app/voice/refusing-once", delivery, Secret);
        using HttpResponseMessage redelivered = await _receiver.PostAsync("/my-app/voice/refusing-once", delivery, Secret);
        using HttpResponseMessage duplicate = await _receiver.PostAsync("/my-app/voice/refusing-once", delivery, Secret);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(2, _seen.Count);
    }

    [Fact]
    public async Task Filter_WrongAuthorization_Answers401BeforeTheHandler()
    {
        using HttpResponseMessage response = await _receiver.PostAsync("/my-app/voice/events", Receiver.Fixture("seed-000-vss-success.json"), "Bearer wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_seen);
    }

    [Fact]
    public async Task Filter_MalformedBody_Answers400NamingTheJsonPath()
    {
        using HttpResponseMessage response = await _receiver.PostAsync("/my-app/voice/events", Receiver.Fixture("malformed-wrong-types.json"), Secret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.payload.details.CallA.callDuration", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_seen);
    }

    [Fact]
    public async Task CallActionReplyResult_ReturnedFromAUserRoute_Writes200WithTheCallflowJson()
    {
        using HttpResponseMessage response = await _receiver.PostAsync("/my-app/voice/ivr", Receiver.Fixture("vca-dtmf-in-event-data.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        CallActionEvent callAction = (CallActionEvent)WebhookParser.Default.Parse(Receiver.Fixture("vca-dtmf-in-event-data.json"));
        Fixtures.AssertJsonEqual(Reply(callAction).ToJson(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WebhookDelivery_OnARouteWithoutTheFilter_FailsNamingTheFilter()
    {
        using HttpResponseMessage response = await _receiver.PostAsync("/unfiltered", Receiver.Fixture("seed-000-vss-success.json"), Secret);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("AddEightByEightWebhookFilter", _receiver.Log.All, StringComparison.Ordinal);
    }

    private static IResult AnswerCallAction(WebhookDelivery delivery)
        => delivery.Event is CallActionEvent callAction ? new CallActionReplyResult(Reply(callAction)) : Results.Ok();

    private static CallActionReply Reply(CallActionEvent callAction)
        => new CallflowBuilder()
            .Say($"You pressed {callAction.Payload.Dtmf}.", "en-US-JennyNeural")
            .Hangup()
            .BuildReply("after-main-menu");
}
