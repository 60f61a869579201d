using System.Collections.Concurrent;

namespace Evo8x8.Client.Testing.Core;

/// <summary>Every refusal the emulator made, in order; shared by the operations and the call simulation.</summary>
internal sealed class DiagnosticLog
{
    private readonly ConcurrentQueue<EmulatorDiagnostic> _entries = new();

    public IReadOnlyList<EmulatorDiagnostic> Entries => [.. _entries];

    public void Add(EmulatorDiagnostic diagnostic) => _entries.Enqueue(diagnostic);
}
