using System.Text;
using Evo8x8.Client.Sessions;
using Evo8x8.Client.Tests.Infrastructure;

namespace Evo8x8.Client.Tests.Sessions;

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

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
