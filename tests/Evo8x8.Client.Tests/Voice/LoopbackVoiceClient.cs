using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Tests.Voice;

/// <summary>A <see cref="VoiceClient"/> wired to a real loopback server, with the checks every operation test makes on the request sent.</summary>
public sealed class LoopbackVoiceClient : IAsyncDisposable
{
    public const string ApiKey = "test-api-key-123";
    public const string SubAccountId = "acme-voice_1";
    public const string SubAccountPath = "/api/v1/subaccounts/acme-voice_1";

    private readonly HttpClient _http = new();

    private LoopbackVoiceClient(LoopbackServer server, CallflowValidationOptions? validation)
    {
        Server = server;
        Client = new VoiceClient(
            new VoiceClientOptions { ApiKey = ApiKey, SubAccountId = SubAccountId, BaseAddress = server.BaseAddress },
            _http,
            validation);
    }

    public LoopbackServer Server { get; }

    public VoiceClient Client { get; }

    public static async Task<LoopbackVoiceClient> StartAsync(CallflowValidationOptions? validation = null)
        => new(await LoopbackServer.StartAsync(), validation);

    /// <summary>Asserts the one request the server received: verb, path, empty query, bearer key, and the JSON body (or none).</summary>
    public RecordedRequest AssertSingleRequest(string method, string pathAfterSubAccount, string? expectedJsonBody = null)
    {
        RecordedRequest request = Assert.Single(Server.Requests);
        Assert.Equal(method, request.Method);
        Assert.Equal(SubAccountPath + pathAfterSubAccount, request.Path);
        Assert.Equal(string.Empty, request.Query);
        Assert.Equal($"Bearer {ApiKey}", request.Header("Authorization"));
        Assert.Equal("application/json", request.Header("Accept"));
        if (expectedJsonBody is null)
        {
            Assert.Equal(string.Empty, request.Body);
        }
        else
        {
            Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
            Fixtures.AssertJsonEqual(expectedJsonBody, request.Body);
        }

        return request;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
