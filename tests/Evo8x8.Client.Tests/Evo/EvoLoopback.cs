using System.Text;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;

namespace Evo8x8.Client.Tests.Evo;

/// <summary>A loopback server with an <see cref="EvoVoiceClient"/> pointed at it, with known credentials.</summary>
public sealed class EvoLoopback : IAsyncDisposable
{
    public const string UserName = "ada@example.com";
    public const string Password = "s3cret:pass";

    public static readonly string ExpectedAuthorization =
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName}:{Password}"));

    private readonly HttpClient _http = new();

    private EvoLoopback(LoopbackServer server)
    {
        Server = server;
        var options = new EvoVoiceClientOptions { UserName = UserName, Password = Password, BaseAddress = server.BaseAddress };
        Client = new EvoVoiceClient(options, _http);
    }

    public LoopbackServer Server { get; }

    public IEvoVoiceClient Client { get; }

    public ISessionsApi Sessions => Client.Sessions;

    public static async Task<EvoLoopback> StartAsync() => new(await LoopbackServer.StartAsync());

    /// <summary>Starts a server whose next answers are the given fixtures (status 200).</summary>
    public static async Task<EvoLoopback> AnsweringAsync(params string[] fixtures)
    {
        EvoLoopback evo = await StartAsync();
        evo.Server.Reply([.. fixtures.Select(fixture => ScriptedReply.Fixture(200, $"Evo/Fixtures/{fixture}"))]);
        return evo;
    }

    /// <summary>
    /// Asserts the one request the server received: verb, path, query, Basic credentials and JSON body (the
    /// fixture's content, or no body at all when <paramref name="bodyFixture"/> is <see langword="null"/>).
    /// </summary>
    public RecordedRequest AssertOnlyRequest(string method, string path, string query = "", string? bodyFixture = null)
    {
        RecordedRequest request = Assert.Single(Server.Requests);
        AssertRequest(request, method, path, query, bodyFixture);
        return request;
    }

    public static void AssertRequest(RecordedRequest request, string method, string path, string query = "", string? bodyFixture = null)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal(query, request.Query);
        Assert.Equal(ExpectedAuthorization, request.Header("Authorization"));
        if (bodyFixture is null)
        {
            Assert.Equal(string.Empty, request.Body);
        }
        else
        {
            Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
            Fixtures.AssertJsonEqual(Fixtures.Read($"Evo/Fixtures/{bodyFixture}"), request.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
