using Evo8x8.Client.Testing.Core;

namespace Evo8x8.Client.Testing.Voice.Calls;

/// <summary>What every simulated session shares: the call rules, the webhook sender, the callflow checks for replies, the diagnostics and the recordings.</summary>
internal sealed record SimulationContext(
    CallRules Rules,
    WebhookSender Sender,
    Func<CallflowInspector> Inspector,
    DiagnosticLog Diagnostics,
    RecordingStore Recordings,
    string SubAccountId);
