using Evo8x8.Client.Core;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Core.Http;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.Tests.Core.DependencyInjection;

public sealed class VoiceServiceCollectionExtensionsTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AddEightByEightVoiceAndAddEvoVoice_InMemoryConfiguration_ResolveWorkingClients()
    {
        IConfiguration configuration = Configuration(new()
        {
            ["Evo8x8:Voice:ApiKey"] = TestClients.ApiKey,
            ["Evo8x8:Voice:SubAccountId"] = TestClients.SubAccountId,
            ["Evo8x8:Voice:BaseAddress"] = _server.BaseAddress.AbsoluteUri,
            ["Evo8x8:Voice:Resilience:MaxRetryAttempts"] = "1",
            ["Evo8x8:Voice:Resilience:AttemptTimeout"] = "00:00:05",
            ["Evo8x8:Evo:UserName"] = TestClients.EvoUserName,
            ["Evo8x8:Evo:Password"] = TestClients.EvoPassword,
            ["Evo8x8:Evo:BaseAddress"] = _server.BaseAddress.AbsoluteUri,
        });
        var services = new ServiceCollection();
        services.AddEightByEightVoice(configuration.GetSection("Evo8x8:Voice"));
        services.AddEvoVoice(configuration.GetSection("Evo8x8:Evo"));
        using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        _server.Reply(TestClients.CallflowCreated(), ScriptedReply.Json(200, "{}"));

        await provider.GetRequiredService<IVoiceClient>().Callflows.SendAsync(TestClients.CallflowTo("6591234567"));
        await TestClients.EvoSessions(provider).ListAsync().GetPageAsync();

        Assert.Equal($"/api/v1/subaccounts/{TestClients.SubAccountId}/callflows", _server.Requests[0].Path);
        Assert.Equal($"Bearer {TestClients.ApiKey}", _server.Requests[0].Header("Authorization"));
        Assert.StartsWith("Basic ", _server.Requests[1].Header("Authorization"), StringComparison.Ordinal);
        Evo8x8ResilienceOptions resilience = provider.GetRequiredService<IOptionsMonitor<VoiceClientOptions>>().Get(Options.DefaultName).Resilience;
        Assert.Equal(1, resilience.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(5), resilience.AttemptTimeout);
    }

    [Theory]
    [InlineData("ApiKey", "", "8x8 voice client (configuration section 'Evo8x8:Voice'): ApiKey is missing: create one in the 8x8 Connect portal and set it.")]
    [InlineData("SubAccountId", "a b!", "SubAccountId 'a b!' does not match 8x8's pattern: 3 to 50 letters, digits or - . _ &.")]
    [InlineData("BaseAddress", "http://voice.example.com/", "BaseAddress 'http://voice.example.com/' must use https (plain http is allowed only for 127.0.0.1 or localhost).")]
    [InlineData("Resilience:AttemptTimeout", "00:10:00", "Resilience.AttemptTimeout (00:10:00) is longer than Resilience.TotalTimeout (00:02:00): one attempt cannot outlast the whole call.")]
    [InlineData("Resilience:MaxRetryAttempts", "50", "Resilience.MaxRetryAttempts is 50: use 0 (no retries) to 10.")]
    public async Task AddEightByEightVoice_BadSetting_StopsHostStartWithItsMessage(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Evo8x8:Voice:ApiKey"] = TestClients.ApiKey,
            ["Evo8x8:Voice:SubAccountId"] = TestClients.SubAccountId,
            [$"Evo8x8:Voice:{key}"] = value,
        };
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddEightByEightVoice(builder.Configuration.GetSection("Evo8x8:Voice"));
        using IHost host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Single(error.Failures);
    }

    [Fact]
    public async Task AddEightByEightVoice_NamedTenants_FactoryMakesEachWithItsOwnSettings()
    {
        IConfiguration configuration = Configuration(new()
        {
            ["Tenants:A:ApiKey"] = "key-of-a-0000000001",
            ["Tenants:A:SubAccountId"] = "tenant-a",
            ["Tenants:A:BaseAddress"] = _server.BaseAddress.AbsoluteUri,
            ["Tenants:B:ApiKey"] = "key-of-b-0000000002",
            ["Tenants:B:SubAccountId"] = "tenant-b",
            ["Tenants:B:BaseAddress"] = _server.BaseAddress.AbsoluteUri,
        });
        var services = new ServiceCollection();
        services.AddEightByEightVoice("a", configuration.GetSection("Tenants:A"));
        services.AddEightByEightVoice("b", configuration.GetSection("Tenants:B"));
        using ServiceProvider provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IVoiceClientFactory>();
        _server.Reply(TestClients.CallflowCreated(), TestClients.CallflowCreated());

        await factory.Create("a").Callflows.SendAsync(TestClients.CallflowTo("6591234567"));
        await factory.Create("b").Callflows.SendAsync(TestClients.CallflowTo("6591234567"));

        Assert.Equal(("/api/v1/subaccounts/tenant-a/callflows", "Bearer key-of-a-0000000001"), (_server.Requests[0].Path, _server.Requests[0].Header("Authorization")));
        Assert.Equal(("/api/v1/subaccounts/tenant-b/callflows", "Bearer key-of-b-0000000002"), (_server.Requests[1].Path, _server.Requests[1].Header("Authorization")));
        Assert.Null(provider.GetService<IVoiceClient>());
        var unknown = Assert.Throws<InvalidOperationException>(() => factory.Create("c"));
        Assert.Contains("services.AddEightByEightVoice(\"c\", …)", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddEightByEightVoice_NamedTenantWithBadSetting_NamesTheTenantAtStart()
    {
        var services = new ServiceCollection();
        services.AddEightByEightVoice("a", options => { options.ApiKey = "k"; options.SubAccountId = "tenant-a"; });
        services.AddEightByEightVoice("b", options => options.ApiKey = "k");
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal("8x8 voice client 'b': SubAccountId is missing: set the 8x8 subaccount id the requests are made for.", Assert.Single(error.Failures));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings)
        => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
