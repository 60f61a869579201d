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
          --api-key-file <path> read the 8x8 API key to accept from this file (default emulator-api-key)
          --subaccount <id>     8x8 subaccount that exists (default emulator_subaccount)
          --evo-user <name>     Evo Voice user name (default emulator@example.com)
          --evo-password-file <path>
                                read the Evo Voice password from this file (default emulator-password)
          --ccai-api-token-file <path>
                                read the CCAI Apps API token from this file (default emulator-ccai-token)
          --api-key <key>, --evo-password <pw>, --ccai-api-token <token>
                                the same on the command line, where any user of the machine can read them (ps)
          --allowed-host <h>    answer this Host name too (repeatable; default: loopback names only)
          --allowed-webhook-host <h>
                                let registered webhook URLs point at this host too (default: loopback only)
          --recorded-requests <n>
                                keep the n most recent requests (default 1000)
          --frozen-clock        stand still at 2024-03-25T06:01:28Z instead of following the system clock
          --help                show this text

        Environment: EVO8X8_EMULATOR_API_KEY, EVO8X8_EMULATOR_EVO_PASSWORD and EVO8X8_EMULATOR_CCAI_API_TOKEN set the
        credentials too (an option wins over the environment). Credentials you set are printed masked.
        """;

    /// <summary>The credentials, each with its option, file option and environment variable.</summary>
    private static readonly Credential[] Credentials =
    [
        new("--api-key", "EVO8X8_EMULATOR_API_KEY", "Evo8x8:Voice:ApiKey", (options, value) => options.ApiKey = value),
        new("--evo-password", "EVO8X8_EMULATOR_EVO_PASSWORD", "Evo8x8:Evo:Password", (options, value) => options.EvoPassword = value),
        new("--ccai-api-token", "EVO8X8_EMULATOR_CCAI_API_TOKEN", "Evo8x8:Ccai:ApiToken", (options, value) => options.CcaiApiToken = value),
    ];

    /// <summary>
    /// The configuration keys whose values were chosen by the user (not the documented defaults): printed masked.
    /// </summary>
    public static IReadOnlySet<string> SecretKeys { get; } = new HashSet<string>(Credentials.Select(c => c.ConfigurationKey), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the arguments and <paramref name="environment"/>; returns null and a problem when one is unknown or malformed.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="problem">What was wrong, when null is returned.</param>
    /// <param name="warnings">What the user should know (a credential on the command line).</param>
    public static Evo8x8EmulatorOptions? Read(IReadOnlyList<string> args, Func<string, string?> environment, out string? problem, out IReadOnlyList<string> warnings)
    {
        problem = null;
        var said = new List<string>();
        warnings = said;
        var options = new Evo8x8EmulatorOptions { Port = DefaultPort, Clock = SystemClock.Instance };
        foreach (Credential credential in Credentials)
        {
            if (environment(credential.Variable) is { Length: > 0 } value)
            {
                credential.Set(options, value);
            }
        }

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
            if (Array.Find(Credentials, c => c.Option == name || c.Option + "-file" == name) is { } secret)
            {
                if (name == secret.Option)
                {
                    said.Add($"{name} is on the command line, where any user of this machine can read it (ps); use {secret.Option}-file or {secret.Variable} instead.");
                }
                else if (ReadSecretFile(value, out string? fromFile, out problem) is false)
                {
                    problem = $"{name}: {problem}";
                    return null;
                }
                else
                {
                    value = fromFile!;
                }

                secret.Set(options, value);
                continue;
            }

            switch (name)
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535:
                    options.Port = port;
                    break;
                case "--port":
                    problem = $"--port '{value}' is not a port number from 0 to 65535.";
                    return null;
                case "--subaccount":
                    options.SubAccountId = value;
                    break;
                case "--evo-user":
                    options.EvoUserName = value;
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

    /// <summary>
    /// A credential as the process prints it: the documented default in full, a chosen value masked (its length only,
    /// since even a few characters of a real key help a guesser).
    /// </summary>
    public static string Shown(string key, string? value, Evo8x8EmulatorOptions defaults)
    {
        if (!SecretKeys.Contains(key) || value is null)
        {
            return value ?? string.Empty;
        }

        bool isDefault = value == defaults.ApiKey || value == defaults.EvoPassword || value == defaults.CcaiApiToken;
        return isDefault ? value : $"<hidden: the {value.Length} characters you set>";
    }

    private static bool ReadSecretFile(string path, out string? value, out string? problem)
    {
        value = null;
        problem = null;
        try
        {
            // One line: a trailing line break (as editors and `echo` write) is not part of the secret.
            value = File.ReadAllText(path).TrimEnd('\r', '\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"cannot read '{path}' ({ex.Message}).";
            return false;
        }

        if (value.Length == 0)
        {
            problem = $"'{path}' is empty.";
            return false;
        }

        return true;
    }

    private sealed record Credential(string Option, string Variable, string ConfigurationKey, Action<Evo8x8EmulatorOptions, string> Set);
}
