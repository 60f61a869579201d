using System.Text.RegularExpressions;

namespace Evo8x8.Client.Tests.Documentation;

/// <summary>
/// README's C# snippets must compile: each one has to stand, verbatim but for indentation, in a file under
/// samples/, which the build compiles with warnings as errors.
/// </summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void Readme_EveryCSharpSnippet_HasACompilingTwinInSamples()
    {
        string root = RepositoryRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string[] samples = [.. Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => Normalize(File.ReadAllText(path)))];

        MatchCollection snippets = CSharpBlock().Matches(readme);

        Assert.NotEmpty(snippets);
        string[] orphans = [.. snippets.Select(m => m.Groups["code"].Value).Where(code => !samples.Any(sample => sample.Contains(Normalize(code), StringComparison.Ordinal)))];
        Assert.True(orphans.Length == 0, $"README snippets without a twin in samples/:{Environment.NewLine}{string.Join(Environment.NewLine + "---" + Environment.NewLine, orphans)}");
    }

    // Indentation, blank lines and using directives (which only name namespaces) do not count.
    private static string Normalize(string code)
        => string.Join('\n', code.ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !UsingDirective().IsMatch(line)));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Evo8x8.Client.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Evo8x8.Client.sln) was not found above the test output.");
    }

    [GeneratedRegex(@"^using [A-Za-z0-9_.]+;$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"```csharp\r?\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
