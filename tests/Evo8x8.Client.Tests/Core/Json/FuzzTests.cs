using System.Globalization;
using Evo8x8.Client.Tests.Core.Json.Fuzz;
using Xunit.Abstractions;

namespace Evo8x8.Client.Tests.Core.Json;

/// <summary>
/// Property-based mutation of every fixture against every reading entry point (CsCheck generators, fixed seed).
/// The CI count keeps it well under a minute; <c>EVO8X8_FUZZ_COUNT</c> runs it long, and <c>EVO8X8_FUZZ_REPORT</c>
/// names a file to write the figures to.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const long CiCount = 5000;
    private const string Seed = "0000000000c0ffee";

    [Fact]
    public async Task EveryReadingEntryPoint_MutatedFixtures_OnlyTypedErrorsNoNullsSameAnswer()
    {
        long count = long.TryParse(Environment.GetEnvironmentVariable("EVO8X8_FUZZ_COUNT"), NumberStyles.None, CultureInfo.InvariantCulture, out long asked) ? asked : CiCount;
        await using FuzzRun run = await FuzzRun.StartAsync();

        await run.RunAsync(count, Seed);

        string report = run.Report();
        output.WriteLine(report);
        run.Failures.ForEach(output.WriteLine);
        if (Environment.GetEnvironmentVariable("EVO8X8_FUZZ_REPORT") is { Length: > 0 } file)
        {
            await File.WriteAllLinesAsync(file, [report, .. run.Failures]);
        }

        Assert.Equal(count, run.Inputs);
        Assert.True(run.Failures.Count == 0, report + Environment.NewLine + string.Join(Environment.NewLine, run.Failures));
    }
}
