using Evo8x8.Client.Testing;
using Evo8x8.Client.Testing.Console;
using Evo8x8.Client.Voice;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Samples.Ivr;

/// <summary>
/// The script of src/Evo8x8.Client.Testing/CONSOLE.md, compiled: a test takes the IVR's call on the developer's phone,
/// answers it and presses keys, as a developer would in the console
/// (tests/Evo8x8.Client.Testing.Tests/Console/DeveloperPhoneTests.cs runs the same steps).
/// </summary>
public static class ConsoleScript
{
    public static async Task<SessionSummaryEvent> PlayCalleeAsync(Evo8x8Emulator emulator, IVoiceClient voice, Callflow menu, CancellationToken timeout)
    {
        emulator.Console.TakeCallsTo("+6591234567");
        string sessionId = (await voice.Callflows.SendAsync(menu)).SessionId!;

        await emulator.Console.WaitForEventAsync(e => e.Kind == ConsoleEventKind.Ringing && e.SessionId == sessionId, timeout);
        emulator.Console.Respond(sessionId, CalleeResponse.Answer);
        await emulator.Console.WaitForEventAsync(e => e.Kind == ConsoleEventKind.CaptureWaiting && e.SessionId == sessionId, timeout);
        emulator.Console.Press(sessionId, "42#");
        SessionSummaryEvent summary = await emulator.WaitForSummaryAsync(sessionId, timeout);
        return summary;
    }
}
