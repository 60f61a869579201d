namespace Evo8x8.Client.Testing.Tests;

/// <summary>Refusals of operations that do not explain themselves still appear in Diagnostics.</summary>
public sealed class EmulatorDiagnosticTests
{
    private const string NewVoiceSession = """{"displayName":"Callback for order 1234","channel":"Voice","destination":"+15551234567"}""";

    [Fact]
    public async Task Diagnostics_EvoWrongPassword_ListsThe401OfCreateSession()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawEvo(emulator, password: "wrong");

        using HttpResponseMessage response = await raw.PostAsync("sessions", EmulatorHttp.Json(NewVoiceSession));

        EmulatorDiagnostic diagnostic = Assert.Single(emulator.Diagnostics);
        Assert.Equal((EmulatorRoute.CreateSession, 401), (diagnostic.Route, diagnostic.HttpStatus!.Value));
        Assert.Contains("POST /sessions", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnostics_UnknownPath_ListsOne404NamingIt()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        using HttpResponseMessage response = await raw.GetAsync("api/v1/nowhere");

        EmulatorDiagnostic diagnostic = Assert.Single(emulator.Diagnostics);
        Assert.Equal((EmulatorRoute.Unmatched, 404), (diagnostic.Route, diagnostic.HttpStatus!.Value));
        Assert.Contains("/api/v1/nowhere", diagnostic.Message, StringComparison.Ordinal);
    }
}
