using System.Net;
using Evo8x8.Client.ContractTests.Infrastructure;
using Evo8x8.Client.Core;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.ContractTests.Core.DependencyInjection;

/// <summary>
/// A WireMock.Net server that answers every callflow POST and speech-profile GET with 503, and the DI registration
/// of a user who turns our resilience off and plugs in another package's handler.
/// </summary>
public sealed class PlugInHarness : IDisposable
{
    public const string CallflowsPath = "/api/v1/subaccounts/acme-voice_1/callflows";
    public const string SpeechProfilesPath = "/api/v1/subaccounts/acme-voice_1/speech-profiles";

    private ServiceProvider? _provider;

    public PlugInHarness()
    {
        Server.Stub("POST", CallflowsPath, 503, "Core/DependencyInjection/Fixtures/service-unavailable.json");
        Server.Stub("GET", SpeechProfilesPath, 503, "Core/DependencyInjection/Fixtures/service-unavailable.json");
    }

    public ContractServer Server { get; } = new();

    /// <summary>Registers the 8x8 client with our retries and timeouts off; <paramref name="plugIn"/> adds the user's own.</summary>
    public IVoiceClient Register(Action<IHttpClientBuilder> plugIn)
    {
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services.AddEightByEightVoice(options =>
        {
            options.ApiKey = "plug-in-api-key-0123456789";
            options.SubAccountId = "acme-voice_1";
            options.BaseAddress = Server.BaseAddress;
            options.Resilience.Enabled = false;
        });
        plugIn(builder);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return _provider.GetRequiredService<IVoiceClient>();
    }

    /// <summary>Sends a callflow that 8x8 answers 503 and returns the typed error and how many POSTs reached the server.</summary>
    public async Task<(Evo8x8ApiException Error, int Sent)> SendCallflowAsync(IVoiceClient voice)
    {
        Callflow callflow = new CallflowBuilder()
            .MakeCall(source: "6512341234", destination: "6512345678")
            .Say("Your parcel arrives today.", "en-US-Standard-A")
            .Hangup()
            .Build();
        Evo8x8ApiException error = await Assert.ThrowsAnyAsync<Evo8x8ApiException>(() => voice.Callflows.SendAsync(callflow));
        return (error, Count("POST", CallflowsPath));
    }

    /// <summary>Lists speech profiles, which 8x8 answers 503, and returns the typed error and how many GETs reached the server.</summary>
    public async Task<(Evo8x8ApiException Error, int Sent)> ListSpeechProfilesAsync(IVoiceClient voice)
    {
        Evo8x8ApiException error = await Assert.ThrowsAnyAsync<Evo8x8ApiException>(() => voice.SpeechProfiles.ListAsync().GetPageAsync());
        return (error, Count("GET", SpeechProfilesPath));
    }

    /// <summary>Asserts the user sees the 503 as our typed error, never the other package's exception.</summary>
    public static void AssertServiceUnavailable(Evo8x8ApiException error)
        => Assert.Equal(HttpStatusCode.ServiceUnavailable, error.HttpStatus);

    public void Dispose()
    {
        _provider?.Dispose();
        Server.Dispose();
    }

    private int Count(string method, string path) => Server.Requests.Count(r => r.Method == method && r.AbsolutePath == path);
}
