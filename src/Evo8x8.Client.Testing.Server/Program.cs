using System.Runtime.InteropServices;

namespace Evo8x8.Client.Testing.Server;

/// <summary>
/// The emulator as a process of its own: prints the settings an app needs and the console's address, then serves until
/// stopped. (<c>System.Console</c> is spelled out: the Testing package's <c>Console</c> namespace is nearer.)
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help"))
        {
            System.Console.WriteLine(ServerSettings.Usage);
            return 0;
        }

        if (ServerSettings.Read(args, Environment.GetEnvironmentVariable, out string? problem, out IReadOnlyList<string> warnings) is not { } options)
        {
            await System.Console.Error.WriteLineAsync($"{problem}{Environment.NewLine}{ServerSettings.Usage}").ConfigureAwait(false);
            return 2;
        }

        foreach (string warning in warnings)
        {
            await System.Console.Error.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
        }

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }

        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(options).ConfigureAwait(false);
        await using (emulator.ConfigureAwait(false))
        {
            System.Console.WriteLine($"Evo8x8 emulator listening on {emulator.BaseAddress}");
            System.Console.WriteLine($"Console (watch calls, be the callee, poke the emulator): {emulator.Console.Address}");
            System.Console.WriteLine("Settings for an app (environment variables; the same keys work in appsettings.json; credentials you set are hidden):");
            var defaults = new Evo8x8EmulatorOptions();
            foreach ((string key, string? value) in emulator.ToConfiguration())
            {
                System.Console.WriteLine($"  {key.Replace(":", "__", StringComparison.Ordinal)}={ServerSettings.Shown(key, value, defaults)}");
            }

            System.Console.WriteLine("Press Ctrl+C to stop.");
            await stop.Task.ConfigureAwait(false);
            System.Console.WriteLine($"Stopping after {emulator.Requests.Count} requests.");
        }

        return 0;
    }
}
