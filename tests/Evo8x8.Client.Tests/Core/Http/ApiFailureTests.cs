using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.Tests.Core.Http;

/// <summary>
/// A callflow POST that got no usable answer says how far it got. Over the loopback server, because WireMock.Net
/// cannot cut a body short after promising its length.
/// </summary>
public sealed class ApiFailureTests : IAsyncLifetime
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

    private readonly ManualTimeProvider _time = new();
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task FromTransport_ConnectionRefused_SaysNothingWasSent()
    {
        using ServiceProvider services = TestClients.Build(TestClients.ClosedPortAddress(out _), _time, more: NoRetries);

        Evo8x8TransportException error = await SendAsync(services);

        Assert.Equal(RequestDelivery.NotSent, error.Delivery);
        Assert.Null(error.HttpStatus);
        Assert.Contains("8x8 could not be reached for POST api/v1/subaccounts/{subAccountId}/callflows", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent, so it is safe to send it again.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromTransport_ConnectionDroppedAfterTheRequest_SaysItMayHaveReached8x8()
    {
        _server.Reply(new ScriptedReply(200, string.Empty, null) { DropConnection = true });
        using ServiceProvider services = TestClients.Build(_server.BaseAddress, _time, more: NoRetries);

        Evo8x8TransportException error = await SendAsync(services);

        Assert.Equal(RequestDelivery.MayHaveReachedService, error.Delivery);
        Assert.Null(error.HttpStatus);
        Assert.Contains("8x8 gave no answer for POST", error.Message, StringComparison.Ordinal);
        Assert.Contains("may have reached 8x8 and been processed: check before sending it again", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be reached", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task BrokenAnswer_200CutShort_SaysTheServiceAnsweredAndTheCallMayExist()
    {
        _server.Reply(TestClients.CallflowCreated() with { CutAfterBytes = 20 });
        using ServiceProvider services = TestClients.Build(_server.BaseAddress, _time, more: NoRetries);

        Evo8x8TransportException error = await SendAsync(services);

        Assert.Equal(RequestDelivery.AnsweredUnreadable, error.Delivery);
        Assert.Equal(HttpStatusCode.OK, error.HttpStatus);
        Assert.Contains("8x8 answered POST api/v1/subaccounts/{subAccountId}/callflows with HTTP 200 (OK) but the answer was cut short", error.Message, StringComparison.Ordinal);
        Assert.Contains("(for a call, it may exist)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenAnswer_GetCutShort_IsAskedForAgain()
    {
        _server.Reply(ScriptedReply.Json(200, """{"speechProfiles":[],"statusCode":1,"statusMessage":"OK"}""") with { CutAfterBytes = 10 });
        _server.DefaultReply = ScriptedReply.Json(200, """{"speechProfiles":[],"statusCode":1,"statusMessage":"OK"}""");
        using ServiceProvider services = TestClients.Build(_server.BaseAddress, _time);

        Task<Evo8x8.Client.Voice.SpeechProfiles.SpeechProfileList> call = TestClients.Voice(services).SpeechProfiles.ListAsync().GetPageAsync();
        TimeSpan wait = await _time.WaitForTimerAsync(due => due < TimeSpan.FromSeconds(10)).WaitAsync(Hang);
        _time.Advance(wait);

        Assert.Equal("OK", (await call.WaitAsync(Hang)).StatusMessage);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Delivery_TheThreeAmbiguousCases_AreThreeDistinctValues()
    {
        _server.Reply(new ScriptedReply(200, string.Empty, null) { DropConnection = true }, TestClients.CallflowCreated() with { CutAfterBytes = 20 });
        using ServiceProvider refused = TestClients.Build(TestClients.ClosedPortAddress(out _), _time, more: NoRetries);
        using ServiceProvider answering = TestClients.Build(_server.BaseAddress, _time, more: NoRetries);

        RequestDelivery[] outcomes = [(await SendAsync(refused)).Delivery, (await SendAsync(answering)).Delivery, (await SendAsync(answering)).Delivery];

        Assert.Equal([RequestDelivery.NotSent, RequestDelivery.MayHaveReachedService, RequestDelivery.AnsweredUnreadable], outcomes);
    }

    private static Task<Evo8x8TransportException> SendAsync(IServiceProvider services)
        => Assert.ThrowsAsync<Evo8x8TransportException>(
            () => TestClients.Voice(services).Callflows.SendAsync(TestClients.CallflowTo("6591234567")).WaitAsync(Hang));

    private static void NoRetries(IServiceCollection services)
        => services.PostConfigureAll<VoiceClientOptions>(options => options.Resilience.MaxRetryAttempts = 0);
}
