using Evo8x8.Client.Testing.Console;
using Evo8x8.Client.Testing.Core;

namespace Evo8x8.Client.Testing.Voice.Calls;

/// <summary>What every simulated session shares: the call rules, the webhook sender, the callflow checks for replies, the diagnostics, the recordings, and the console's journal and developer's phone.</summary>
internal sealed record SimulationContext(
    CallRules Rules,
    WebhookSender Sender,
    Func<CallflowInspector> Inspector,
    DiagnosticLog Diagnostics,
    RecordingStore Recordings,
    string SubAccountId,
    ConsoleJournal Journal,
    DeveloperPhone Phone);
