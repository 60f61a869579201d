using Evo8x8.Client.Testing.Calls;
using Evo8x8.Client.Testing.Hosting;
using Evo8x8.Client.Testing.Sessions;
using Evo8x8.Client.Testing.VoiceMessaging;

namespace Evo8x8.Client.Testing.Console;

/// <summary>The emulator's inner parts the console reads and resets, beyond what <see cref="Evo8x8Emulator"/> shows publicly.</summary>
internal sealed record ConsoleParts(
    ConsoleJournal Journal,
    DeveloperPhone Phone,
    WebhookSender Sender,
    WebhookRegistry Webhooks,
    EmulatorPipeline Pipeline,
    DiagnosticLog Diagnostics,
    RecordingStore Recordings,
    EvoSessionStore EvoSessions);
