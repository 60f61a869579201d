using System.Text.Json;
using System.Text.RegularExpressions;

namespace Evo8x8.Client.Tests.Documentation;

/// <summary>
/// Every code block of the documentation holds: each README.md of the repository and every other .md file under src/
/// (CONSOLE.md, MIGRATION.md …), found by walking the repository, so a new README is covered without touching this
/// test. C# blocks must stand, verbatim but for indentation, in a file under samples/, which the build compiles with
/// warnings as errors; JSON blocks must parse; SQL blocks are run by <c>SessionMetadataParquetWriterTests</c>, so they
/// may only stand in the CCAI README it reads; shell and text blocks are commands and output, not checked here.
/// </summary>
public sealed partial class ReadmeTests
{
    private const string SqlHome = "src/Evo8x8.Client/Ccai/README.md";

    private static readonly string[] Languages = ["csharp", "json", "sql", "sh", "shell", "text"];

    [Fact]
    public void MarkdownFiles_WalkedFromTheRoot_IncludeEveryPackageAndProductReadme()
    {
        string[] found = [.. MarkdownFiles().Select(file => file.RelativePath)];

        Assert.Contains("README.md", found);
        Assert.Contains("src/Evo8x8.Client/README.md", found);
        Assert.Contains("src/Evo8x8.Client/Voice/README.md", found);
        Assert.Contains("src/Evo8x8.Client/Evo/README.md", found);
        Assert.Contains(SqlHome, found);
        Assert.Contains("src/Evo8x8.Client/Core/README.md", found);
        Assert.Contains("src/Evo8x8.Client/MIGRATION.md", found);
        Assert.Contains("src/Evo8x8.Client.AspNetCore/README.md", found);
        Assert.Contains("src/Evo8x8.Client.AspNetCore.Redis/README.md", found);
        Assert.Contains("src/Evo8x8.Client.Parquet/README.md", found);
        Assert.Contains("src/Evo8x8.Client.Testing/README.md", found);
        Assert.Contains("src/Evo8x8.Client.Testing/CONSOLE.md", found);
        Assert.Contains("src/Evo8x8.Client.Testing.Server/README.md", found);
        Assert.Contains("tests/Evo8x8.Client.Benchmarks/README.md", found);
    }

    [Fact]
    public void Readme_AtTheRoot_IsShortAndKeepsTheTwoCommands()
    {
        MarkdownFile readme = MarkdownFiles().Single(file => file.RelativePath == "README.md");

        Assert.InRange(readme.Text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length, 1, 250);
        Assert.Contains("dotnet run --project samples/Evo8x8.Samples.VoiceMessage   # the main sample", readme.Text, StringComparison.Ordinal);
        Assert.Contains("dotnet test Evo8x8.Client.sln -c Release                    # every test (what .ci/run runs)", readme.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownFiles_EveryCSharpBlock_HasACompilingTwinInSamples()
    {
        string root = RepositoryRoot();
        string[] samples = [.. Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(root, path)))
            .Select(path => Normalize(File.ReadAllText(path)))];

        CodeBlock[] snippets = [.. MarkdownFiles().SelectMany(Blocks).Where(block => block.Language == "csharp")];

        Assert.NotEmpty(snippets);
        string[] orphans = [.. snippets.Where(block => !samples.Any(sample => sample.Contains(Normalize(block.Code), StringComparison.Ordinal))).Select(Describe)];
        Assert.True(orphans.Length == 0, $"C# blocks without a twin in samples/ (keep each one verbatim, but for indentation, in a sample that builds):{Environment.NewLine}{string.Join(Environment.NewLine + "---" + Environment.NewLine, orphans)}");
    }

    [Fact]
    public void MarkdownFiles_EveryJsonBlock_Parses()
    {
        List<string> broken = [];
        foreach (CodeBlock block in MarkdownFiles().SelectMany(Blocks).Where(block => block.Language == "json"))
        {
            try
            {
                using var document = JsonDocument.Parse(block.Code);
            }
            catch (JsonException exception)
            {
                broken.Add($"{block.Location}: {exception.Message}");
            }
        }

        Assert.True(broken.Count == 0, $"JSON blocks that do not parse:{Environment.NewLine}{string.Join(Environment.NewLine, broken)}");
    }

    [Fact]
    public void MarkdownFiles_EverySqlBlock_StandsWhereTheDuckDbTestRunsIt()
    {
        string[] elsewhere = [.. MarkdownFiles().SelectMany(Blocks).Where(block => block.Language == "sql" && block.File != SqlHome).Select(block => block.Location)];

        Assert.True(elsewhere.Length == 0, $"SQL blocks that no test runs (SessionMetadataParquetWriterTests runs those of {SqlHome}):{Environment.NewLine}{string.Join(Environment.NewLine, elsewhere)}");
    }

    [Fact]
    public void MarkdownFiles_EveryCodeBlock_NamesALanguageThisTestKnows()
    {
        string[] unknown = [.. MarkdownFiles().SelectMany(Blocks).Where(block => !Languages.Contains(block.Language)).Select(block => $"{block.Location}: '{block.Language}'")];

        Assert.True(unknown.Length == 0, $"Code blocks of a language this test does not check (one of {string.Join(", ", Languages)}, or teach the test the new one):{Environment.NewLine}{string.Join(Environment.NewLine, unknown)}");
    }

    [Fact]
    public void MarkdownFiles_EveryRelativeLink_PointsToAFileOfTheRepository()
    {
        string root = RepositoryRoot();
        List<string> dead = [];
        foreach (MarkdownFile file in MarkdownFiles())
        {
            string[] lines = file.Text.ReplaceLineEndings("\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (Match link in RelativeLink().Matches(lines[i]))
                {
                    string target = Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(file.RelativePath)!, link.Groups["path"].Value));
                    if (!File.Exists(target) && !Directory.Exists(target))
                    {
                        dead.Add($"{file.RelativePath}:{i + 1}: {link.Groups["path"].Value}");
                    }
                }
            }
        }

        Assert.True(dead.Count == 0, $"Links to files that do not exist:{Environment.NewLine}{string.Join(Environment.NewLine, dead)}");
    }

    /// <summary>Every README.md of the repository and every .md file under src/, build output and dot-folders left out.</summary>
    internal static IReadOnlyList<MarkdownFile> MarkdownFiles()
    {
        string root = RepositoryRoot();
        return [.. Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => !IsBuildOutput(relative))
            .Where(relative => Path.GetFileName(relative) == "README.md" || relative.StartsWith("src/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(relative => new MarkdownFile(relative, File.ReadAllText(Path.Combine(root, relative))))];
    }

    /// <summary>The fenced code blocks of a file, each with the line its opening fence stands on.</summary>
    internal static IEnumerable<CodeBlock> Blocks(MarkdownFile file)
    {
        string text = file.Text.ReplaceLineEndings("\n");
        foreach (Match block in FencedBlock().Matches(text))
        {
            int line = 1 + text.AsSpan(0, block.Index).Count('\n');
            yield return new CodeBlock(file.RelativePath, line, block.Groups["language"].Value, block.Groups["code"].Value);
        }
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Evo8x8.Client.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Evo8x8.Client.sln) was not found above the test output.");
    }

    private static bool IsBuildOutput(string relativePath)
        => relativePath.Replace(Path.DirectorySeparatorChar, '/').Split('/').Any(part => part is "bin" or "obj" or "node_modules" || part.StartsWith('.'));

    private static string Describe(CodeBlock block)
    {
        string[] lines = block.Code.ReplaceLineEndings("\n").Split('\n');
        return $"{block.Location}:{Environment.NewLine}{string.Join(Environment.NewLine, lines.Take(6))}{(lines.Length > 6 ? Environment.NewLine + "…" : string.Empty)}";
    }

    // Indentation, blank lines and using directives (which only name namespaces) do not count.
    private static string Normalize(string code)
        => string.Join('\n', code.ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !UsingDirective().IsMatch(line)));

    [GeneratedRegex(@"^using [A-Za-z0-9_.]+;$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^[ \t]*```(?<language>[A-Za-z0-9_+-]*)[ \t]*\n(?<code>.*?)^[ \t]*```[ \t]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    // A Markdown link whose target is neither an address (http:, https:, mailto:) nor an anchor of the same page.
    [GeneratedRegex(@"\]\((?!https?:|mailto:|#)(?<path>[^)#\s]+)(#[^)\s]*)?\)")]
    private static partial Regex RelativeLink();

    internal sealed record MarkdownFile(string RelativePath, string Text);

    internal sealed record CodeBlock(string File, int Line, string Language, string Code)
    {
        public string Location => $"{File}:{Line}";
    }
}
