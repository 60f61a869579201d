namespace Evo8x8.Client.Testing.Tests.Console;

/// <summary>
/// A fact that drives a real headless Chromium: reported SKIPPED, with the command that installs the browser, on a
/// machine without one; never a silent pass. The browser is the system's <c>chromium</c> (what <c>command -v
/// chromium</c> finds), never one Playwright would download.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string InstallCommand = "sudo apt-get update && sudo apt-get install -y chromium";

    public ChromiumFactAttribute()
    {
        if (Executable is null)
        {
            Skip = $"chromium is not installed; install it to run this browser test: {InstallCommand}";
        }
    }

    /// <summary>The first <c>chromium</c> on PATH, as <c>command -v chromium</c> finds it, or <see langword="null"/>.</summary>
    public static string? Executable { get; } = Find();

    private static string? Find()
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);
}
