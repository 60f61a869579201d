using Evo8x8.Client.ContractTests.Infrastructure;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;
using WireMock;

namespace Evo8x8.Client.ContractTests.Core.DependencyInjection;

/// <summary>
/// The <c>Authorization</c> value is set once per client, by its pipeline, on each of the three ways a client is made
/// (the shared pool, a caller's <see cref="HttpClient"/>, dependency injection), and reaches the client's own origin
/// only: two WireMock.Net servers on one machine, one the service, the other a host a link points to.
/// </summary>
public sealed class AuthorizationOncePerClientTests : IDisposable
{
    private const string ApiKey = "once-per-client-key-0123456789";
    private const string SpeechProfiles = "/api/v1/subaccounts/acme-voice_1/speech-profiles";
    private const string File = "/files/export.csv";
    private readonly ContractServer _service = new();
    private readonly ContractServer _elsewhere = new();

    public AuthorizationOncePerClientTests()
    {
        _service.Stub("GET", SpeechProfiles, 200, "Voice/Fixtures/get-voice-profile-information.200.json");
        _elsewhere.StubFile(File, "sessionId\r\n"u8.ToArray(), "text/csv");
    }

    public static TheoryData<string> Ways => ["shared pool", "caller's HttpClient", "dependency injection"];

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task VoiceClient_EachWayOfMakingIt_SendsTheKeyToItsOwnOriginAndNowhereElse(string way)
    {
        using ServiceProvider? provider = way == "dependency injection" ? Services() : null;
        IVoiceClient voice = way switch
        {
            "shared pool" => new VoiceClient(Options()),
            "caller's HttpClient" => new VoiceClient(Options(), new HttpClient()),
            _ => provider!.GetRequiredService<IVoiceClient>(),
        };

        await voice.SpeechProfiles.ListAsync().GetPageAsync();
        await using (Stream csv = await voice.LogExports.OpenDownloadAsync(new Uri(_elsewhere.BaseAddress, File).ToString()))
        {
            await csv.CopyToAsync(Stream.Null);
        }

        IRequestMessage toService = Assert.Single(_service.Requests);
        Assert.Equal($"Bearer {ApiKey}", ContractServer.Header(toService, "Authorization"));
        IRequestMessage toElsewhere = Assert.Single(_elsewhere.Requests);
        Assert.Null(ContractServer.Header(toElsewhere, "Authorization"));
    }

    [Fact]
    public async Task EvoVoiceClient_CallersHttpClientWithItsOwnAuthorization_KeepsTheCallersValue()
    {
        _service.Stub("GET", "/sessions/s-1", 404);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "callers-own-token");
        var evo = new EvoVoiceClient(new EvoVoiceClientOptions { UserName = "agent@example.com", Password = "evo-password-0123", BaseAddress = _service.BaseAddress }, http);

        await Assert.ThrowsAnyAsync<Evo8x8.Client.Core.Evo8x8ApiException>(() => evo.Sessions.GetAsync("s-1"));

        // The client's own value is added first; the caller's default header does not replace a header already set.
        IRequestMessage request = Assert.Single(_service.Requests);
        Assert.StartsWith("Basic ", ContractServer.Header(request, "Authorization"), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _service.Dispose();
        _elsewhere.Dispose();
    }

    private VoiceClientOptions Options() => new() { ApiKey = ApiKey, SubAccountId = "acme-voice_1", BaseAddress = _service.BaseAddress };

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddEightByEightVoice(options =>
        {
            options.ApiKey = ApiKey;
            options.SubAccountId = "acme-voice_1";
            options.BaseAddress = _service.BaseAddress;
        });
        return services.BuildServiceProvider();
    }
}
