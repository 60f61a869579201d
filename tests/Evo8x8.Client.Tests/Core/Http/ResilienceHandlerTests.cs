using System.Globalization;
using Evo8x8.Client.Core;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;
using Polly.Timeout;

namespace Evo8x8.Client.Tests.Core.Http;

public sealed class ResilienceHandlerTests : IAsyncLifetime
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    // A wrong retry would wait on fake time forever; this real-time bound turns that into a failure.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

    private readonly ManualTimeProvider _time = new();
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_GetMeets503Twice_WaitsWhatRetryAfterSaysAndSucceeds()
    {
        DateTimeOffset start = _time.GetUtcNow();
        _server.Reply(
            Unavailable(("Retry-After", "2")),
            Unavailable(("Retry-After", start.AddSeconds(5).ToString("r", CultureInfo.InvariantCulture))),
            ScriptedReply.Json(200, "{}"));
        using var services = TestClients.Build(_server.BaseAddress, _time);

        Task call = TestClients.EvoSessions(services).GetAsync("s-1", CancellationToken.None);

        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        Assert.Single(_server.Requests);
        _time.Advance(TimeSpan.FromSeconds(2));

        // The second answer asks for a date 5 s after the start, which is 3 s after it arrived.
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        Assert.Equal(2, _server.Requests.Count);
        _time.Advance(TimeSpan.FromSeconds(3));

        await call.WaitAsync(Hang);
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task SendAsync_PostCallflowMeets500_SentOnceAndThrowsVoiceApiException()
    {
        _server.Reply(ScriptedReply.Json(500, """{"sessionStatus":"NOT_CREATED","callFlowRequestId":"r-500","statusCode":-1,"statusMessage":"Internal error"}"""));
        using var services = TestClients.Build(_server.BaseAddress, _time);

        var error = await Assert.ThrowsAsync<VoiceApiException>(
            () => TestClients.Voice(services).Callflows.SendAsync(TestClients.CallflowTo("6591234567")).WaitAsync(Hang));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.HttpStatus);
        Assert.Equal("r-500", error.RequestId);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_PostConnectionDroppedAfterSending_IsNotRetried()
    {
        _server.Reply(new ScriptedReply(200, string.Empty, null) { DropConnection = true }, TestClients.CallflowCreated());
        using var services = TestClients.Build(_server.BaseAddress, _time);

        var error = await Assert.ThrowsAsync<Evo8x8TransportException>(
            () => TestClients.Voice(services).Callflows.SendAsync(TestClients.CallflowTo("6591234567")).WaitAsync(Hang));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(RequestDelivery.MayHaveReachedService, error.Delivery);
        Assert.DoesNotContain("could not be reached", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_PostConnectionRefused_IsRetriedOnceTheServiceListens()
    {
        Uri closed = TestClients.ClosedPortAddress(out int port);
        using var services = TestClients.Build(closed, _time);

        Task<CallflowResult> call = TestClients.Voice(services).Callflows.SendAsync(TestClients.CallflowTo("6591234567"));
        TimeSpan wait = await _time.WaitForTimerAsync(due => due < AttemptTimeout);
        await using LoopbackServer late = await LoopbackServer.StartAsync(port);
        late.Reply(TestClients.CallflowCreated());
        _time.Advance(wait);

        CallflowResult result = await call.WaitAsync(Hang);
        Assert.Equal(CallflowSessionStatus.Created, result.SessionStatus);
        Assert.Single(late.Requests);
    }

    [Fact]
    public async Task SendAsync_PostMeets429WithRetryAfter_IsRetriedAfterThatWait()
    {
        _server.Reply(
            ScriptedReply.Json(429, """{"statusMessage":"Too many requests"}""") with { Headers = [("Retry-After", "7")] },
            TestClients.CallflowCreated());
        using var services = TestClients.Build(_server.BaseAddress, _time);

        Task<CallflowResult> call = TestClients.Voice(services).Callflows.SendAsync(TestClients.CallflowTo("6591234567"));
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        Assert.Single(_server.Requests);
        _time.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal("89b545a5-0676-11ee-8100-d500c0d203fc", (await call.WaitAsync(Hang)).CallFlowRequestId);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(_server.Requests[0].Body, _server.Requests[1].Body);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanAllowed_FailsWithoutWaiting()
    {
        _server.Reply(Unavailable(("Retry-After", "3600")), ScriptedReply.Json(200, "{}"));
        using var services = TestClients.Build(_server.BaseAddress, _time);

        var error = await Assert.ThrowsAnyAsync<Evo8x8ApiException>(
            () => TestClients.EvoSessions(services).GetAsync("s-1", CancellationToken.None).WaitAsync(Hang));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.HttpStatus);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_CancelledDuringRetryWait_StopsAtOnce()
    {
        _server.Reply(Unavailable(("Retry-After", "30")), ScriptedReply.Json(200, "{}"));
        using var services = TestClients.Build(_server.BaseAddress, _time);
        using var cancellation = new CancellationTokenSource();

        Task call = TestClients.EvoSessions(services).GetAsync("s-1", cancellation.Token);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(30));
        await cancellation.CancelAsync();

        // Fake time never moves here: the call can only end because the wait gave way to the cancellation.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Hang));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_CancelledDuringTheFirstAttempt_StopsAtOnceAsTheCallersCancellation()
    {
        _server.DefaultReply = ScriptedReply.Json(200, "{}") with { Delay = TimeSpan.FromSeconds(60) };
        using var services = TestClients.Build(_server.BaseAddress, _time);
        using var cancellation = new CancellationTokenSource();

        Task call = TestClients.EvoSessions(services).GetAsync("s-1", cancellation.Token);
        await WaitForRequestsAsync(1);
        await cancellation.CancelAsync();

        // Fake time never moves: neither timeout fired, so the call ends as the caller's cancellation, not as a timeout.
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Hang));
        Assert.IsNotType<Evo8x8TimeoutException>(error);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_PostAttemptTimesOut_FailsWithoutResending()
    {
        _server.Reply(ScriptedReply.Json(200, "{}") with { Delay = TimeSpan.FromSeconds(30) });
        using var services = TestClients.Build(_server.BaseAddress, _time);

        Task call = TestClients.EvoSessions(services).CreateAsync(TestClients.NewCall(), CancellationToken.None);
        await WaitForRequestsAsync(1);
        _time.Advance(AttemptTimeout);

        var error = await Assert.ThrowsAsync<Evo8x8TimeoutException>(() => call.WaitAsync(Hang));
        Assert.Contains("did not answer in time", error.Message, StringComparison.Ordinal);
        Assert.Equal(RequestDelivery.MayHaveReachedService, error.Delivery);
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_GetAttemptTimesOut_IsRetried()
    {
        _server.Reply(ScriptedReply.Json(200, "{}") with { Delay = TimeSpan.FromSeconds(30) }, ScriptedReply.Json(200, "{}"));
        using var services = TestClients.Build(_server.BaseAddress, _time);

        Task call = TestClients.EvoSessions(services).GetAsync("s-1", CancellationToken.None);
        await WaitForRequestsAsync(1);
        _time.Advance(AttemptTimeout);
        TimeSpan wait = await _time.WaitForTimerAsync(due => due < AttemptTimeout);
        _time.Advance(wait);

        await call.WaitAsync(Hang);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_GetKeepsTimingOut_GivesUpWhenTheTotalTimeCountedFromTheFirstAttemptRunsOut()
    {
        TimeSpan total = TimeSpan.FromSeconds(17);
        (ServiceProvider services, Task call) = await GetFromSlowServerPastFirstAttemptAsync(total);
        using ServiceProvider disposed = services;

        // The retry waits at most 5 s; the 7 s left of the total are on a timer of their own.
        TimeSpan wait = await _time.WaitForTimerAsync(due => due <= TimeSpan.FromSeconds(5));
        _time.Advance(wait);
        await WaitForRequestsAsync(2);
        _time.Advance(total - AttemptTimeout - wait);

        var error = await Assert.ThrowsAsync<Evo8x8TimeoutException>(() => call.WaitAsync(Hang));
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_AttemptTimeoutEqualsTotal_GetTimesOutOnceAndIsNotRetried()
    {
        (ServiceProvider services, Task call) = await GetFromSlowServerPastFirstAttemptAsync(AttemptTimeout);
        using ServiceProvider disposed = services;

        var error = await Assert.ThrowsAsync<Evo8x8TimeoutException>(() => call.WaitAsync(Hang));
        Assert.Contains("did not answer in time", error.Message, StringComparison.Ordinal);
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_ClientMadeWithoutDependencyInjection_RetriesOverTheSharedPool()
    {
        _server.Reply(Unavailable(("Retry-After", "0")), ScriptedReply.Json(200, "{}"));
        var client = new EvoVoiceClient(new EvoVoiceClientOptions
        {
            UserName = TestClients.EvoUserName,
            Password = TestClients.EvoPassword,
            BaseAddress = _server.BaseAddress,
        });

        await client.Sessions.GetAsync("s-1").WaitAsync(Hang);

        Assert.Equal(2, _server.Requests.Count);
    }

    private static ScriptedReply Unavailable(params (string Name, string Value)[] headers)
        => ScriptedReply.Text(503, "<html>busy</html>") with { Headers = headers };

    /// <summary>A GET to a server that never answers in time, with the given total timeout, once its first attempt's time is up.</summary>
    private async Task<(ServiceProvider Services, Task Call)> GetFromSlowServerPastFirstAttemptAsync(TimeSpan total)
    {
        _server.DefaultReply = ScriptedReply.Json(200, "{}") with { Delay = TimeSpan.FromSeconds(60) };
        ServiceProvider services = TestClients.Build(
            _server.BaseAddress, _time, more: s => s.ConfigureAll<EvoVoiceClientOptions>(o => o.Resilience.TotalTimeout = total));
        Task call = TestClients.EvoSessions(services).GetAsync("s-1", CancellationToken.None);
        await WaitForRequestsAsync(1);
        _time.Advance(AttemptTimeout);
        return (services, call);
    }

    private async Task WaitForRequestsAsync(int count)
    {
        for (int i = 0; i < 1000 && _server.Requests.Count < count; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(count, _server.Requests.Count);
    }
}
