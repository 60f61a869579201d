using System.Text.RegularExpressions;

namespace Evo8x8.Client.Tests.Core;

/// <summary>
/// No type of the shipped packages grows past about 400 lines, summed over its partial files: one that does holds
/// more than one responsibility and is split (issue 21's rule, kept by this test rather than by memory).
/// </summary>
public sealed partial class TypeSizeTests
{
    private const int Limit = 420;

    [Fact]
    public void EveryTypeUnderSrc_SummedOverItsPartialFiles_StaysUnderTheLimit()
    {
        string src = Path.Combine(RepositoryRoot(), "src");
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            string separator = Path.DirectorySeparatorChar.ToString();
            if (file.Contains($"{separator}obj{separator}", StringComparison.Ordinal) || file.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            {
                continue;
            }

            string text = File.ReadAllText(file);
            string? ns = Namespace().Match(text) is { Success: true } found ? found.Groups[1].Value : null;
            if (TopLevelType().Match(text) is { Success: true } type)
            {
                // A file holds one top-level type (the house style); it counts whole, header and docs included.
                string key = $"{ns}.{type.Groups[1].Value}";
                lines[key] = lines.GetValueOrDefault(key) + text.Split('\n').Length;
            }
        }

        Assert.NotEmpty(lines);
        string[] over = [.. lines.Where(pair => pair.Value > Limit).OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key}: {pair.Value} lines")];
        Assert.True(over.Length == 0, $"Types over {Limit} lines (summed over partial files): {string.Join("; ", over)}");
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^(?:\[[^\n]*\]\s*)*(?:(?:public|internal|static|sealed|abstract|partial|readonly|file)\s+)*(?:class|record struct|record|struct|interface|enum)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Evo8x8.Client.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Evo8x8.Client.sln) was not found above the test output.");
    }
}
