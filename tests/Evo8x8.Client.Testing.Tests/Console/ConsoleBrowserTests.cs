using Evo8x8.Client.Voice.Webhooks;
using Microsoft.Playwright;

namespace Evo8x8.Client.Testing.Tests.Console;

/// <summary>
/// The console in a real headless Chromium: a developer walks the IVR sample by hand. The app sends its callflow
/// through the SDK, the console shows the call, the test answers on the console's phone, reads the prompt, presses 1;
/// the app's handler receives that key and its next menu appears in the timeline; the test hangs up and the session
/// summary is listed. Along the way it takes the screenshots of CONSOLE.md (into the source tree when
/// EVO8X8_UPDATE_SCREENSHOTS=1), and checks that the page asks nothing of any other host and shows no secret.
/// </summary>
public sealed class ConsoleBrowserTests
{
    private const string Callee = "+6591234567";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [ChromiumFact]
    public async Task Console_DeveloperWalksTheIvrByHand_TimelineShowsNextMenuAndSummary()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        await using IvrApp app = await IvrApp.StartAsync(emulator);

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Executable,
            Headless = true,
            // Only the emulator's own loopback page is loaded; CI containers (and root) lack what chromium's sandbox needs.
            Args = ["--no-sandbox"],
        });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(emulator.Console.Address.ToString());
        await Assertions.Expect(page.Locator("#live")).ToHaveTextAsync("live");

        // Be the callee: calls to this number ring on the console's phone.
        await page.Locator("#take-destination").FillAsync(Callee);
        await page.Locator("#take-form button").ClickAsync();
        await Assertions.Expect(page.Locator("#taken")).ToContainTextAsync(Callee);

        string sessionId = await app.CallAsync(Callee);

        await Assertions.Expect(page.Locator($"#call-list li[data-session='{sessionId}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#phone-status")).ToContainTextAsync("Ringing");
        await ScreenshotAsync(page, "1-ringing.png");

        await page.Locator("#btn-answer").ClickAsync();
        await Assertions.Expect(page.Locator("#phone-display")).ToContainTextAsync("Welcome. Press 1 for sales, or 2 for support.");
        await Assertions.Expect(page.Locator("#keypad button[data-key='1']")).ToBeEnabledAsync();
        await ScreenshotAsync(page, "2-prompt.png");

        await page.Locator("#keypad button[data-key='1']").ClickAsync();
        CallActionEvent pressed = await app.WaitForAsync<CallActionEvent>(e => e.Payload.SessionId == sessionId, timeout.Token);
        Assert.Equal("1", pressed.Payload.Dtmf);
        await Assertions.Expect(page.Locator("#timeline-list")).ToContainTextAsync("Sales. Press 1 for a call back within the hour");
        await Assertions.Expect(page.Locator("#phone-display")).ToContainTextAsync("Sales. Press 1");
        await ScreenshotAsync(page, "3-next-menu.png");

        await page.Locator("#btn-hang-up").ClickAsync();
        SessionSummaryEvent summary = await app.WaitForAsync<SessionSummaryEvent>(e => e.Payload.SessionId == sessionId, timeout.Token);
        Assert.Equal(VoiceSessionStatus.Completed, summary.Payload.SessionStatus);
        await Assertions.Expect(page.Locator($"#call-list li[data-session='{sessionId}'] .call-status")).ToHaveTextAsync("COMPLETED");
        await Assertions.Expect(page.Locator("#timeline-list")).ToContainTextAsync("Session ended COMPLETED");
        await ScreenshotAsync(page, "4-summary.png");

        // The detail of every event, open, for the last screenshot and for the secret check below.
        await page.Locator("#timeline-list li.k-WebhookSent details").First.EvaluateAsync("d => d.open = true");
        await ScreenshotAsync(page, "5-webhook-detail.png");

        Uri origin = emulator.BaseAddress;
        Assert.All(requested, url => Assert.True(
            url.StartsWith(origin.ToString(), StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
            $"The console asked {url}, which is not the emulator ({origin})."));
        Assert.Contains(requested, url => url.EndsWith("/console/assets/console.js", StringComparison.Ordinal));

        string html = await page.ContentAsync();
        string journal = await new HttpClient().GetStringAsync(new Uri(emulator.BaseAddress, "console/api/journal"), timeout.Token);
        string stream = await ConsoleStream.ReadBacklogAsync(emulator, timeout.Token);
        foreach (string secret in Secrets(emulator, app))
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, journal, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, stream, StringComparison.Ordinal);
        }

        Assert.Contains("***", journal, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Secrets(Evo8x8Emulator emulator, IvrApp app)
        => [emulator.ApiKey, emulator.EvoPassword, app.WebhookSecret, app.WebhookSecret["Bearer ".Length..]];

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        byte[] png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
        if (Environment.GetEnvironmentVariable("EVO8X8_UPDATE_SCREENSHOTS") == "1" && SourceFolder() is { } source)
        {
            await File.WriteAllBytesAsync(Path.Combine(source, name), png);
        }
    }

    /// <summary>The docs' screenshot folder in the repository this test was built from.</summary>
    private static string? SourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Evo8x8.Client.sln")))
            {
                string screenshots = Path.Combine(folder.FullName, "src", "Evo8x8.Client.Testing", "Console", "screenshots");
                Directory.CreateDirectory(screenshots);
                return screenshots;
            }
        }

        return null;
    }
}
