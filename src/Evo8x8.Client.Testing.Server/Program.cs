using System.Runtime.InteropServices;

namespace Evo8x8.Client.Testing.Server;

/// <summary>The emulator as a process of its own: prints the settings an app needs, then serves until stopped.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help"))
        {
            Console.WriteLine(ServerSettings.Usage);
            return 0;
        }

        if (ServerSettings.Read(args, out string? problem) is not { } options)
        {
            await Console.Error.WriteLineAsync($"{problem}{Environment.NewLine}{ServerSettings.Usage}").ConfigureAwait(false);
            return 2;
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
            Console.WriteLine($"Evo8x8 emulator listening on {emulator.BaseAddress}");
            Console.WriteLine("Settings for an app (environment variables; the same keys work in appsettings.json):");
            foreach ((string key, string? value) in emulator.ToConfiguration())
            {
                Console.WriteLine($"  {key.Replace(":", "__", StringComparison.Ordinal)}={value}");
            }

            Console.WriteLine("Press Ctrl+C to stop.");
            await stop.Task.ConfigureAwait(false);
            Console.WriteLine($"Stopping after {emulator.Requests.Count} requests.");
        }

        return 0;
    }
}
