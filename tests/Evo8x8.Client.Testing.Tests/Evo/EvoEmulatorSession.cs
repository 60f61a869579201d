using Evo8x8.Client.Evo;

namespace Evo8x8.Client.Testing.Tests.Evo;

/// <summary>An emulator with the SDK's Evo client pointed at it: the tests drive the emulator through the SDK.</summary>
internal sealed class EvoEmulatorSession : IAsyncDisposable
{
    private static readonly HttpClient Shared = new();

    private EvoEmulatorSession(Evo8x8Emulator emulator)
    {
        Emulator = emulator;
        Evo = new EvoVoiceClient(emulator.CreateEvoVoiceClientOptions(), Shared);
    }

    public Evo8x8Emulator Emulator { get; }

    public EvoVoiceClient Evo { get; }

    public ISessionsApi Sessions => Evo.Sessions;

    public static async Task<EvoEmulatorSession> StartAsync(Evo8x8EmulatorOptions? options = null)
        => new(await Evo8x8Emulator.StartAsync(options));

    public Task<SessionInfo> CallAsync(string destination = "+15551234567", string? displayName = null)
        => Sessions.CreateAsync(NewSession.OutgoingCall(destination) with { DisplayName = displayName });

    public Task<SessionInfo> ChatAsync(string? displayName = null)
        => Sessions.CreateAsync(new NewSession { Channel = FlowChannel.Chat, DisplayName = displayName, ToAddress = "+15550009999" });

    public async Task<List<SessionInfo>> ListAsync(SessionListQuery query)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var sessions = new List<SessionInfo>();
        await foreach (SessionInfo session in Sessions.ListAsync(query, patience.Token))
        {
            sessions.Add(session);
        }

        return sessions;
    }

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
