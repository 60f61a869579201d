using System.Diagnostics;

namespace Evo8x8.Client.Benchmarks;

/// <summary>
/// Starts this same program again, so that a measurement runs in a fresh process: its own peak working set, and no
/// heap, thread pool or JIT state left by what ran before it.
/// </summary>
internal static class ChildProcess
{
    /// <summary>This program with <paramref name="arguments"/>, run as an apphost or through <c>dotnet the.dll</c> as this one is.</summary>
    public static ProcessStartInfo OfThisProgram(params string[] arguments)
    {
        string host = Environment.ProcessPath!;
        string[] command = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? [typeof(ChildProcess).Assembly.Location, .. arguments]
            : arguments;
        return new ProcessStartInfo(host, command);
    }
}
