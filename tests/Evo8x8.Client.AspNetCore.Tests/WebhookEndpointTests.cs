using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Tests;

public sealed partial class WebhookEndpointTests : IAsyncLifetime
{
    private const string Secret = "Bearer s3cr3t-webhook-value";

    private readonly Recorder _recorder = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_recorder);
        _app = builder.Build();
        _app.MapEightByEightWebhooks<RecordingHandler>("/webhooks/8x8", options =>
        {
            options.AuthorizationHeaderValue = Secret;
            options.MaxBodyBytes = 4096;
        });
        _app.MapEightByEightWebhooks<SummaryOnlyHandler>("/webhooks/summaries", options => options.AuthorizationHeaderValue = Secret);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Post_SeedSessionSummaryWithCorrectAuthorization_Answers200AndTheHandlerSawTheEvent()
    {
        using HttpResponseMessage response = await PostAsync(Fixture("seed-000-vss-success.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        SessionSummaryEvent summary = Assert.IsType<SessionSummaryEvent>(Assert.Single(_recorder.Events));
        Assert.Equal("1f048a84-ea6d-11ee-911b-078f7290bf52", summary.Payload.SessionId);
        Assert.Equal("CallA", Assert.Single(summary.Payload.Legs).Name);
    }

    [Fact]
    public async Task Post_CallStatusAndUnknownEvents_ReachHandleAsync()
    {
        using HttpResponseMessage status = await PostAsync(Fixture("vcs-call-connected.json"), Secret);
        using HttpResponseMessage unknown = await PostAsync(Fixture("unknown-event-type.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Collection(
            _recorder.Events,
            first => Assert.IsType<CallStatusEvent>(first),
            second => Assert.Equal("RECORDING_READY", Assert.IsType<UnknownWebhookEvent>(second).EventType.Value));
    }

    [Theory]
    [InlineData("Bearer wrong")]
    [InlineData("Bearer s3cr3t-webhook-valu")]
    [InlineData("bearer s3cr3t-webhook-value")]
    [InlineData(null)]
    public async Task Post_WrongOrMissingAuthorization_Answers401AndTheHandlerNeverRuns(string? authorization)
    {
        using HttpResponseMessage response = await PostAsync(Fixture("seed-000-vss-success.json"), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_recorder.Events);
        string body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("s3cr3t", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MalformedBodyWithWrongAuthorization_Answers401NotParsed()
    {
        using HttpResponseMessage response = await PostAsync("{ not json", "Bearer wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("malformed-truncated.json", "$.payload.details.CallA.callDuration")]
    [InlineData("malformed-not-json.txt", "$")]
    [InlineData("malformed-wrong-types.json", "$.payload.details.CallA.callDuration")]
    [InlineData("malformed-empty.json", "empty")]
    public async Task Post_MalformedBody_Answers400WithAProblemDescriptionAndNoStackTrace(string fixture, string expectedInDetail)
    {
        using HttpResponseMessage response = await PostAsync(Fixture(fixture), Secret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Malformed webhook body", problem.RootElement.GetProperty("title").GetString());
        string detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(expectedInDetail, detail, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Evo8x8", detail, StringComparison.Ordinal);
        Assert.Empty(_recorder.Events);
    }

    [Fact]
    public async Task Post_DuplicateMemberNamedLikeMarkup_Answers400QuotingTheNameJsonEscapedOnly()
    {
        const string body = "{\"eventType\": \"CALL_STATUS\", \"<script>alert('x')</script>\": 1, \"<script>alert('x')</script>\": 2}";

        using HttpResponseMessage response = await PostAsync(body, Secret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("'", raw, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        using JsonDocument problem = JsonDocument.Parse(raw);
        Assert.Contains("<script>alert('x')</script> appears twice", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Answers413()
    {
        string large = Fixture("seed-000-vss-success.json").Replace("\"lastAction\"", "\"padding\": \"" + new string('x', 5000) + "\", \"lastAction\"", StringComparison.Ordinal);

        using HttpResponseMessage response = await PostAsync(large, Secret);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_recorder.Events);
    }

    [Fact]
    public async Task Post_CallAction_Answers200WithTheHandlersCallflowAsBuilt()
    {
        using HttpResponseMessage response = await PostAsync(Fixture("vca-dtmf-in-event-data.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        CallActionEvent seen = Assert.IsType<CallActionEvent>(Assert.Single(_recorder.Events));
        Fixtures.AssertJsonEqual(RecordingHandler.ReplyFor(seen).ToJson(), await response.Content.ReadAsStringAsync());
        Assert.Contains("\"clientActionId\":\"after-main-menu\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CallActionTheHandlerDoesNotAnswer_Answers200WithoutABody()
    {
        _recorder.ReplyToCallActions = false;

        using HttpResponseMessage response = await PostAsync(Fixture("vca-call-received.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_CallActionToAHandlerWithoutItsMethod_Answers200WithoutACallflow()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/summaries")
        {
            Content = new StringContent(Fixture("vca-call-received.json"), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.TryAddWithoutValidation("Authorization", Secret);

        using HttpResponseMessage response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(_recorder.Events);
    }

    [Fact]
    public async Task Post_HandlerThrows_Answers500WithoutTheExceptionText()
    {
        _recorder.FailWith = new InvalidOperationException("database password=hunter2 rejected");

        using HttpResponseMessage response = await PostAsync(Fixture("seed-000-vss-failure.json"), Secret);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.Contains("may deliver it again", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TheWebhookPath_IsNotAnEndpoint()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/webhooks/8x8");
        request.Headers.TryAddWithoutValidation("Authorization", Secret);

        using HttpResponseMessage response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public void Map_WithoutAuthorizationValue_RefusesToMapAnOpenEndpoint()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(
            () => _app.MapEightByEightWebhooks<RecordingHandler>("/open", _ => { }));

        Assert.Contains("AuthorizationHeaderValue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ToString_HidesTheAuthorizationValue()
    {
        var options = new WebhookEndpointOptions { AuthorizationHeaderValue = Secret };

        Assert.DoesNotContain("s3cr3t", options.ToString(), StringComparison.Ordinal);
    }

    private static string Fixture(string name) => Fixtures.Read(Path.Combine("Voice", "Webhooks", "Fixtures", name));

    private async Task<HttpResponseMessage> PostAsync(string body, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/8x8")
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await _client.SendAsync(request);
    }

    /// <summary>What the handler saw, shared through DI because the endpoint creates a handler per delivery.</summary>
    private sealed class Recorder
    {
        public ConcurrentQueue<WebhookEvent> Queue { get; } = new();

        public IReadOnlyList<WebhookEvent> Events => [.. Queue];

        public ConcurrentQueue<CallRecordingStatusEvent> RecordingStatuses { get; } = new();

        public bool ReplyToCallActions { get; set; } = true;

        public Exception? FailWith { get; set; }
    }

    /// <summary>A receiver of session summaries only: it implements no call-action method and keeps the default.</summary>
    private sealed class SummaryOnlyHandler(Recorder recorder) : IWebhookHandler
    {
        public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            recorder.Queue.Enqueue(webhookEvent);
            return Task.CompletedTask;
        }
    }

    private sealed class RecordingHandler(Recorder recorder) : IWebhookHandler
    {
        public static CallActionReply ReplyFor(CallActionEvent callAction)
            => new CallflowBuilder()
                .Say($"You pressed {callAction.Payload.Dtmf}.", "en-US-JennyNeural")
                .Hangup()
                .BuildReply("after-main-menu");

        public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            recorder.Queue.Enqueue(webhookEvent);
            return recorder.FailWith is { } failure ? Task.FromException(failure) : Task.CompletedTask;
        }

        public Task<CallActionReply?> HandleCallActionAsync(CallActionEvent callAction, CancellationToken cancellationToken)
        {
            recorder.Queue.Enqueue(callAction);
            return Task.FromResult(recorder.ReplyToCallActions ? ReplyFor(callAction) : null);
        }

        // Virtual number updates are left to the interface's default, which hands them to HandleAsync.
        public Task HandleCallRecordingStatusAsync(CallRecordingStatusEvent recordingStatus, CancellationToken cancellationToken)
        {
            recorder.RecordingStatuses.Enqueue(recordingStatus);
            return Task.CompletedTask;
        }
    }
}
