using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Tests.Ccai;

/// <summary>External session events: Basic auth per channel, the {count, events[]} envelope, once per event_id.</summary>
public sealed class CcaiSessionEventEndpointTests : IAsyncLifetime
{
    private const string Batch = """
        {"count":2,"events":[
          {"event_id":"6f1c8a52-0001","timestamp":1765000000000,"item":{"call_id":"101","state":"connected","dn":"+15550100"}},
          {"event_id":"6f1c8a52-0002","timestamp":1765000060000,"item":{"call_id":"101","state":"on_hold"}}
        ]}
        """;

    private readonly ConcurrentQueue<(SessionEventChannel, SessionEvent)> _handled = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_handled);
        builder.Services.Configure<CcaiSessionEventOptions>(options =>
        {
            options.CallsUserName = "calls-user";
            options.CallsPassword = "calls-pass";
            options.ChatsUserName = "chats-user";
            options.ChatsPassword = "chats-pass";
        });
        _app = builder.Build();
        _app.MapCcaiSessionEvents<Handler>("/ccai/events/calls", SessionEventChannel.Calls);
        _app.MapCcaiSessionEvents<Handler>("/ccai/events/chats", SessionEventChannel.Chats);
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
    public async Task Post_Batch_EachEventTypedByStateWithUnknownStatesKept()
    {
        using HttpResponseMessage response = await PostAsync("/ccai/events/calls", Batch, "calls-user", "calls-pass");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Collection(
            _handled,
            first =>
            {
                Assert.Equal(SessionEventChannel.Calls, first.Item1);
                Assert.Equal(SessionEventStates.Connected, first.Item2.State);
                Assert.True(first.Item2.IsKnownState);
                Assert.Equal("101", first.Item2.CallId);
                Assert.Equal(1765000000000, first.Item2.Timestamp!.Value.ToUnixTimeMilliseconds());
            },
            second =>
            {
                Assert.Equal("on_hold", second.Item2.State);
                Assert.False(second.Item2.IsKnownState);
            });
    }

    [Fact]
    public async Task Post_DuplicateEventId_RunsTheHandlerOnce()
    {
        using HttpResponseMessage first = await PostAsync("/ccai/events/calls", Batch, "calls-user", "calls-pass");
        using HttpResponseMessage again = await PostAsync("/ccai/events/calls", Batch, "calls-user", "calls-pass");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["6f1c8a52-0001", "6f1c8a52-0002"], _handled.Select(e => e.Item2.EventId));
    }

    [Fact]
    public async Task Post_OtherChannelsCredentials_Refused401WithoutRunningTheHandler()
    {
        using HttpResponseMessage response = await PostAsync("/ccai/events/calls", Batch, "chats-user", "chats-pass");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handled);
    }

    [Fact]
    public async Task Post_NotTheEnvelope_Answers400()
    {
        using HttpResponseMessage response = await PostAsync("/ccai/events/chats", """{"events":{}}""", "chats-user", "chats-pass");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_handled);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string body, string user, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return await _client.SendAsync(request);
    }

    private sealed class Handler(ConcurrentQueue<(SessionEventChannel, SessionEvent)> handled) : ICcaiSessionEventHandler
    {
        public Task HandleAsync(SessionEventChannel channel, SessionEvent sessionEvent, CancellationToken cancellationToken)
        {
            handled.Enqueue((channel, sessionEvent));
            return Task.CompletedTask;
        }
    }
}
