using Evo8x8.Client.Testing.Server;

namespace Evo8x8.Client.Testing.Tests.Server;

/// <summary>The emulator process' credentials: from a file or the environment as well as the command line, printed masked.</summary>
public sealed class ServerSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("evo8x8-settings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_CredentialsFromTheEnvironment_SetAndNoWarning()
    {
        var environment = new Dictionary<string, string>
        {
            ["EVO8X8_EMULATOR_API_KEY"] = "env-key-0123456789",
            ["EVO8X8_EMULATOR_EVO_PASSWORD"] = "Tr0ub4dor-20240611-x",
            ["EVO8X8_EMULATOR_CCAI_API_TOKEN"] = "ccai-token-from-env",
        };

        Evo8x8EmulatorOptions? options = ServerSettings.Read(["--port", "0"], name => environment.GetValueOrDefault(name), out string? problem, out IReadOnlyList<string> warnings);

        Assert.Null(problem);
        Assert.NotNull(options);
        Assert.Equal("env-key-0123456789", options.ApiKey);
        Assert.Equal("Tr0ub4dor-20240611-x", options.EvoPassword);
        Assert.Equal("ccai-token-from-env", options.CcaiApiToken);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Read_CredentialFiles_ReadWithoutTheTrailingLineBreakAndWinOverTheEnvironment()
    {
        string keyFile = Path.Combine(_folder, "api-key");
        File.WriteAllText(keyFile, "file-key-abcdef\n");
        string passwordFile = Path.Combine(_folder, "evo-password");
        File.WriteAllText(passwordFile, "file-password\r\n");

        Evo8x8EmulatorOptions? options = ServerSettings.Read(
            ["--api-key-file", keyFile, "--evo-password-file", passwordFile],
            name => name == "EVO8X8_EMULATOR_API_KEY" ? "env-key" : null,
            out string? problem,
            out IReadOnlyList<string> warnings);

        Assert.Null(problem);
        Assert.Equal("file-key-abcdef", options!.ApiKey);
        Assert.Equal("file-password", options.EvoPassword);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Read_KeyOnTheCommandLine_WarnsThatOthersCanReadIt()
    {
        Evo8x8EmulatorOptions? options = ServerSettings.Read(["--api-key", "cli-key-123456"], _ => null, out _, out IReadOnlyList<string> warnings);

        Assert.Equal("cli-key-123456", options!.ApiKey);
        string warning = Assert.Single(warnings);
        Assert.Contains("--api-key is on the command line, where any user of this machine can read it", warning, StringComparison.Ordinal);
        Assert.Contains("EVO8X8_EMULATOR_API_KEY", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("cli-key-123456", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    public void Read_UnusableCredentialFile_RefusedNamingTheOption(string kind)
    {
        string path = Path.Combine(_folder, kind);
        if (kind == "empty")
        {
            File.WriteAllText(path, "\n");
        }

        Evo8x8EmulatorOptions? options = ServerSettings.Read(["--api-key-file", path], _ => null, out string? problem, out _);

        Assert.Null(options);
        Assert.StartsWith("--api-key-file: ", problem, StringComparison.Ordinal);
        Assert.Contains(path, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shown_ChosenCredentials_HiddenDefaultsAndAddressesInFull()
    {
        Evo8x8EmulatorOptions options = ServerSettings.Read([], name => name == "EVO8X8_EMULATOR_API_KEY" ? "Xyz0123456789abcdef" : null, out _, out _)!;
        options.Port = 0;
        options.Clock = null;
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(options);

        Dictionary<string, string> printed = emulator.ToConfiguration()
            .ToDictionary(pair => pair.Key, pair => ServerSettings.Shown(pair.Key, pair.Value, new Evo8x8EmulatorOptions()));

        Assert.Equal("<hidden: the 19 characters you set>", printed["Evo8x8:Voice:ApiKey"]);
        Assert.Equal("emulator-password", printed["Evo8x8:Evo:Password"]);
        Assert.Equal(emulator.BaseAddress.ToString(), printed["Evo8x8:Voice:BaseAddress"]);
        Assert.DoesNotContain(printed.Values, value => value.Contains("0123456789", StringComparison.Ordinal));
    }
}
