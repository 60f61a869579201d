using Evo8x8.Client.Testing.Core;
using Evo8x8.Client.Testing.Evo;
using Evo8x8.Client.Testing.Voice.Calls;
using Evo8x8.Client.Testing.Voice;

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
