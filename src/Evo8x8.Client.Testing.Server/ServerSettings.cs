using System.Globalization;
using NodaTime;

namespace Evo8x8.Client.Testing.Server;

/// <summary>The command line, read into emulator options: every option has a default, so no argument is needed.</summary>
internal static class ServerSettings
{
    public const int DefaultPort = 5088;

    public const string Usage = """
        evo8x8-emulator: runs the 8x8 Voice API v1 and Evo Voice emulator on 127.0.0.1 until Ctrl+C (or SIGTERM).

        Options:
          --port <n>            port to listen on (default 5088; 0 takes a free one)
          --api-key <key>       8x8 API key to accept (default emulator-api-key)
          --subaccount <id>     8x8 subaccount that exists (default emulator_subaccount)
          --evo-user <name>     Evo Voice user name (default emulator@example.com)
          --evo-password <pw>   Evo Voice password (default emulator-password)
          --allowed-host <h>    answer this Host name too (repeatable; default: loopback names only)
          --allowed-webhook-host <h>
                                let registered webhook URLs point at this host too (default: loopback only)
          --recorded-requests <n>
                                keep the n most recent requests (default 1000)
          --frozen-clock        stand still at 2024-03-25T06:01:28Z instead of following the system clock
          --help                show this text
        """;

    /// <summary>Reads the arguments; returns null and a problem when one is unknown or malformed.</summary>
    public static Evo8x8EmulatorOptions? Read(IReadOnlyList<string> args, out string? problem)
    {
        problem = null;
        var options = new Evo8x8EmulatorOptions { Port = DefaultPort, Clock = SystemClock.Instance };
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name == "--frozen-clock")
            {
                options.Clock = null;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                problem = $"{name} needs a value, or is not an option.";
                return null;
            }

            string value = args[++i];
            switch (name)
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535:
                    options.Port = port;
                    break;
                case "--port":
                    problem = $"--port '{value}' is not a port number from 0 to 65535.";
                    return null;
                case "--api-key":
                    options.ApiKey = value;
                    break;
                case "--subaccount":
                    options.SubAccountId = value;
                    break;
                case "--evo-user":
                    options.EvoUserName = value;
                    break;
                case "--evo-password":
                    options.EvoPassword = value;
                    break;
                case "--allowed-host":
                    options.AllowedHosts = [.. options.AllowedHosts ?? [], value];
                    break;
                case "--allowed-webhook-host":
                    options.AllowedWebhookHosts = [.. options.AllowedWebhookHosts ?? [], value];
                    break;
                case "--recorded-requests" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int kept) && kept > 0:
                    options.RecordedRequestLimit = kept;
                    break;
                case "--recorded-requests":
                    problem = $"--recorded-requests '{value}' is not a count of at least 1.";
                    return null;
                default:
                    problem = $"'{name}' is not an option.";
                    return null;
            }
        }

        return options;
    }
}
