using System.Reflection;
using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.Tests.Core.Http;

/// <summary>Connection limit and User-Agent, the same whether a client comes from <c>new</c> or from dependency injection.</summary>
public sealed class SharedHttpHandlerTests : IAsyncLifetime
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task CreateClient_BurstOverTheConnectionLimit_UsesNoMoreConnectionsThanTheLimit()
    {
        // Slow answers keep every connection busy, so a burst needs as many connections as the limit allows.
        _server.DefaultReply = ScriptedReply.Json(200, "{}") with { Delay = TimeSpan.FromMilliseconds(100) };
        var shared = new EvoVoiceClient(Options(maxConnections: 3));
        var services = new ServiceCollection();
        services.AddEvoVoice(options => Copy(Options(maxConnections: 3), options));
        using ServiceProvider provider = services.BuildServiceProvider();
        IEvoVoiceClient injected = provider.GetRequiredService<IEvoVoiceClient>();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => shared.Sessions.GetAsync($"s-{i}"))).WaitAsync(Hang);
        int sharedConnections = _server.Requests.Select(r => r.ConnectionId).Distinct().Count();
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => injected.Sessions.GetAsync($"s-{i}"))).WaitAsync(Hang);
        int allConnections = _server.Requests.Select(r => r.ConnectionId).Distinct().Count();

        Assert.Equal(24, _server.Requests.Count);
        Assert.InRange(sharedConnections, 1, 3);
        Assert.InRange(allConnections - sharedConnections, 1, 3);
    }

    [Fact]
    public async Task CreateClient_EveryRequest_CarriesTheSdkUserAgent()
    {
        var services = new ServiceCollection();
        services.AddEightByEightVoice(options =>
        {
            options.ApiKey = TestClients.ApiKey;
            options.SubAccountId = TestClients.SubAccountId;
            options.BaseAddress = _server.BaseAddress;
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        await new EvoVoiceClient(Options(maxConnections: 64)).Sessions.GetAsync("s-1").WaitAsync(Hang);
        await provider.GetRequiredService<Evo8x8.Client.Voice.IVoiceClient>().SpeechProfiles.ListAsync().GetPageAsync().WaitAsync(Hang);

        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, request => Assert.Equal("Evo8x8.Client/0.1.0", request.Header("User-Agent")));
    }

    [Fact]
    public void UserAgent_Version_IsThePackageVersion()
    {
        string version = typeof(EvoVoiceClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal(SdkUserAgent.Value, $"Evo8x8.Client/{version.Split('+')[0]}");
    }

    private EvoVoiceClientOptions Options(int maxConnections)
        => new()
        {
            UserName = TestClients.EvoUserName,
            Password = TestClients.EvoPassword,
            BaseAddress = _server.BaseAddress,
            MaxConnectionsPerServer = maxConnections,
        };

    private static void Copy(EvoVoiceClientOptions from, EvoVoiceClientOptions to)
    {
        to.UserName = from.UserName;
        to.Password = from.Password;
        to.BaseAddress = from.BaseAddress;
        to.MaxConnectionsPerServer = from.MaxConnectionsPerServer;
    }
}
