using System.Collections.Concurrent;

namespace Evo8x8.Client.Testing.Core;

/// <summary>Every refusal the emulator made, in order; shared by the operations and the call simulation.</summary>
internal sealed class DiagnosticLog
{
    private readonly ConcurrentQueue<EmulatorDiagnostic> _entries = new();

    public IReadOnlyList<EmulatorDiagnostic> Entries => [.. _entries];

    /// <summary>Told of every refusal as it is added (the console's journal).</summary>
    public Action<EmulatorDiagnostic>? Added { get; set; }

    public void Add(EmulatorDiagnostic diagnostic)
    {
        _entries.Enqueue(diagnostic);
        Added?.Invoke(diagnostic);
    }

    public void Clear() => _entries.Clear();
}
