using System.Net;
using System.Text.Json;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Testing.Console;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using NodaTime;

namespace Evo8x8.Client.Testing.Tests.Console;

/// <summary>What the console's buttons do, through its HTTP control API on a running emulator (no browser).</summary>
public sealed class ConsoleControlApiTests
{
    private const string WebhookSecret = "Bearer console-test-secret-4711";

    private static Callflow VoiceMessage(string destination = "+6590000000")
        => new CallflowBuilder()
            .MakeCall(source: "+6588000000", destination: destination)
            .Say("Your parcel arrives today.", "en-US-JennyNeural")
            .Hangup()
            .Build();

    [Fact]
    public async Task Replay_SummaryDeliveredTwice_ReceiverGetsTheSameBodyTwiceMoreAsDuplicates()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.SessionSummary, new Uri(receiver.BaseAddress, "vss"), WebhookSecret);
        CallflowResult sent = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage());
        await emulator.WaitForSummaryAsync(sent.SessionId!, EmulatorHttp.Patience());
        ConsoleEvent summary = emulator.Console.Events.Single(e => e.Kind == ConsoleEventKind.WebhookSent && e.Summary.StartsWith("VSS", StringComparison.Ordinal));
        using var api = new ConsoleApi(emulator);

        (HttpStatusCode status, JsonElement body) = await api.PostAsync($"deliveries/{summary.DeliveryNumber}/replay", """{"copies":2}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([2, 3], body.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("attempt").GetInt32()));
        Assert.Equal(3, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.Equal(receiver.Requests[0].Body, r.Body));
        Assert.All(receiver.Requests, r => Assert.Equal(WebhookSecret, r.Headers["Authorization"]));
        EmulatedWebhookDelivery[] posts = [.. emulator.Deliveries.Where(d => d.EventType == WebhookEventType.SessionSummary)];
        Assert.Equal([(1, false), (2, true), (3, true)], posts.Select(d => (d.Attempt, d.IsDuplicate)));
        Assert.Equal(posts[0].Event.DeduplicationKey, posts[2].Event.DeduplicationKey);
    }

    [Fact]
    public async Task Replay_UnknownDeliveryNumber_Answers404()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using var api = new ConsoleApi(emulator);

        (HttpStatusCode status, JsonElement body) = await api.PostAsync("deliveries/42/replay");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("No delivery number 42", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faults_NextCallflowAnswers503_OnlyThatRequestFailsAndTheConsoleShowsIt()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using var api = new ConsoleApi(emulator);
        using HttpClient voice = EmulatorHttp.RawVoice(emulator);
        string callflow = """{"callflow":[{"action":"makeCall","params":{"source":"+6588000000","destination":"+6590000000"}}]}""";

        (HttpStatusCode injected, _) = await api.PostAsync("faults", """{"route":"SendCallflow","status":503,"body":"{\"busy\":true}","retryAfterSeconds":7}""");
        using HttpResponseMessage faulted = await voice.PostAsync(EmulatorHttp.VoicePath(emulator, "callflows"), EmulatorHttp.Json(callflow));
        using HttpResponseMessage normal = await voice.PostAsync(EmulatorHttp.VoicePath(emulator, "callflows"), EmulatorHttp.Json(callflow));

        Assert.Equal(HttpStatusCode.OK, injected);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        Assert.Equal("7", faulted.Headers.GetValues("Retry-After").Single());
        Assert.Equal("""{"busy":true}""", await faulted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        Assert.Equal(0, emulator.Faults.Pending(EmulatorRoute.SendCallflow));
        Assert.Contains(emulator.Console.Events, e => e.Kind == ConsoleEventKind.Control && e.Summary.StartsWith("Next SendCallflow request: 503", StringComparison.Ordinal));
        Assert.Contains(emulator.Console.Events, e => e.Kind == ConsoleEventKind.Request && e.Summary.EndsWith("callflows → 503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Faults_UnknownRoute_Answers400NamingTheOperations()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using var api = new ConsoleApi(emulator);

        (HttpStatusCode status, JsonElement body) = await api.PostAsync("faults", """{"route":"SendFax","status":503}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("SendCallflow", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdvanceClock_ADay_ValidUntilThatWasFineIsNowRefusedWith1015()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using var api = new ConsoleApi(emulator);
        using HttpClient voice = EmulatorHttp.RawVoice(emulator);
        string callflow = """{"validUntil":"2024-03-25T12:00:00.000Z","callflow":[{"action":"makeCall","params":{"source":"+6588000000","destination":"+6590000000"}}]}""";
        using HttpResponseMessage before = await voice.PostAsync(EmulatorHttp.VoicePath(emulator, "callflows"), EmulatorHttp.Json(callflow));

        (HttpStatusCode status, JsonElement body) = await api.PostAsync("clock/advance", """{"seconds":86400}""");
        using HttpResponseMessage after = await voice.PostAsync(EmulatorHttp.VoicePath(emulator, "callflows"), EmulatorHttp.Json(callflow));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2024-03-26T06:01:28Z", body.GetProperty("clock").GetString());
        Assert.Equal(EmulatorClock.DefaultStart + Duration.FromDays(1), emulator.Clock.GetCurrentInstant());
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, after.StatusCode);
        Assert.Contains(emulator.Console.Events, e => e.Kind == ConsoleEventKind.Refused && e.Summary.Contains("code -1015", StringComparison.Ordinal));
    }

    [Fact]
    public async Task State_ExportedAndImportedElsewhere_SameSetupClockAndTimeline()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        await using Evo8x8Emulator original = await Evo8x8Emulator.StartAsync();
        original.RegisterWebhook(WebhookType.SessionSummary, new Uri(receiver.BaseAddress, "vss"), WebhookSecret);
        original.Rules.ForDestination("+6590000001", CallOutcome.Busy).ForDestination("+6590000002", CallOutcome.Answered, "2", "1");
        original.Rules.DefaultDigits = ["9"];
        original.Delivery.Duplicate(WebhookType.SessionSummary, copies: 2).RedeliverOnFailure(WebhookType.SessionSummary, 1);
        original.Faults.Enqueue(EmulatorRoute.ListNumbers, ScriptedFault.Status(429) with { RetryAfter = Duration.FromSeconds(3) }, ScriptedFault.DropConnection());
        original.Console.AdvanceClock(Duration.FromHours(5));
        CallflowResult sent = await EmulatorHttp.Sdk(original).Callflows.SendAsync(VoiceMessage("+6590000001"));
        await original.WaitForSummaryAsync(sent.SessionId!, EmulatorHttp.Patience());
        using var from = new ConsoleApi(original);
        string exported = await from.GetTextAsync("state");

        await using Evo8x8Emulator copy = await Evo8x8Emulator.StartAsync();
        copy.RegisterWebhook(WebhookType.SessionSummary, new Uri("http://127.0.0.1:9/elsewhere"), "Bearer kept-here");
        using var to = new ConsoleApi(copy);
        (HttpStatusCode imported, _) = await to.PostAsync("state", exported);
        string reexported = await to.GetTextAsync("state");

        Assert.Equal(HttpStatusCode.OK, imported);
        Assert.DoesNotContain("console-test-secret-4711", exported, StringComparison.Ordinal);
        Assert.Equal(original.Clock.GetCurrentInstant(), copy.Clock.GetCurrentInstant());
        using JsonDocument a = JsonDocument.Parse(exported);
        using JsonDocument b = JsonDocument.Parse(reexported);
        foreach (string part in (string[])["clock", "webhooks", "rules", "delivery", "faults"])
        {
            Assert.Equal(a.RootElement.GetProperty(part).GetRawText(), b.RootElement.GetProperty(part).GetRawText());
        }

        Assert.Equal(Timeline(a.RootElement), Timeline(b.RootElement));
        Assert.Contains(copy.Console.Timeline(sent.SessionId!), e => e.Kind == ConsoleEventKind.CallEnded && e.Summary == "Session ended BUSY");
        Assert.Equal(2, copy.Faults.Pending(EmulatorRoute.ListNumbers));

        // The imported webhook kept the Authorization registered here for its type: exports carry no secret.
        CallflowResult again = await EmulatorHttp.Sdk(copy).Callflows.SendAsync(VoiceMessage());
        await copy.WaitForSummaryAsync(again.SessionId!, EmulatorHttp.Patience());
        Assert.Equal(2, receiver.Requests.Count(r => r.Headers.TryGetValue("Authorization", out string? value) && value == "Bearer kept-here"));
    }

    [Fact]
    public async Task State_NotAnExport_Answers400AndChangesNothing()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Rules.ForDestination("+6590000001", CallOutcome.Busy);
        using var api = new ConsoleApi(emulator);

        (HttpStatusCode status, JsonElement body) = await api.PostAsync("state", """{"format":"something-else"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(EmulatorConsole.StateFormat, body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("6590000001", emulator.Console.ExportState(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_AfterACall_EverythingForgottenAndTheClockBackAtItsStart()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.SessionSummary, new Uri("http://127.0.0.1:9/vss"));
        emulator.Rules.ForDestination("+6590000001", CallOutcome.Busy);
        emulator.Faults.Enqueue(EmulatorRoute.ListNumbers, ScriptedFault.Status(500));
        emulator.Clock.Advance(Duration.FromHours(1));
        CallflowResult sent = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage());
        await emulator.WaitForSummaryAsync(sent.SessionId!, EmulatorHttp.Patience());
        using var api = new ConsoleApi(emulator);

        (HttpStatusCode status, _) = await api.PostAsync("reset");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(emulator.Requests);
        Assert.Empty(emulator.Deliveries);
        Assert.Equal(0, emulator.Faults.Pending(EmulatorRoute.ListNumbers));
        Assert.Equal(EmulatorClock.DefaultStart, emulator.Clock.GetCurrentInstant());
        Assert.Equal(ConsoleEventKind.Reset, Assert.Single(emulator.Console.Events).Kind);
        Assert.DoesNotContain("6590000001", emulator.Console.ExportState(), StringComparison.Ordinal);
        using HttpClient voice = EmulatorHttp.RawVoice(emulator);
        (int webhooks, JsonElement listed) = await EmulatorHttp.ReadAsync(await voice.GetAsync(EmulatorHttp.VoicePath(emulator, "webhooks")));
        Assert.Equal(200, webhooks);
        Assert.Equal(0, listed.GetProperty("webhooks").GetArrayLength());
    }

    [Fact]
    public async Task Post_WithoutJsonContentType_Answers415SoAFormElsewhereCannotDriveIt()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Clock.Advance(Duration.FromHours(1));
        using var client = new HttpClient();

        using HttpResponseMessage response = await client.PostAsync(new Uri(emulator.BaseAddress, "console/api/reset"), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(EmulatorClock.DefaultStart + Duration.FromHours(1), emulator.Clock.GetCurrentInstant());
    }

    [Fact]
    public async Task Console_HostThatIsNotLoopback_Answers403()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.BaseAddress, "console"));
        request.Headers.Host = "attacker.example";

        using HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Page_ServedFromThePackage_WithAPolicyThatAllowsOnlyThisEmulator()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using var client = new HttpClient();

        using HttpResponseMessage page = await client.GetAsync(emulator.Console.Address);
        string html = await page.Content.ReadAsStringAsync();
        string script = await client.GetStringAsync(new Uri(emulator.BaseAddress, "console/assets/console.js"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", script, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", script, StringComparison.Ordinal);
        Assert.Empty(emulator.Requests);
    }

    [Fact]
    public async Task Journal_WebhookSecretApiKeyAndEvoPassword_NeverShown()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        VoiceClient voice = EmulatorHttp.Sdk(emulator);
        await voice.WebhookRegistrations.CreateAsync(new NewWebhookRegistration(WebhookType.SessionSummary, new Uri(receiver.BaseAddress, "vss")) { HttpAuthHeader = WebhookSecret });
        CallflowResult sent = await voice.Callflows.SendAsync(VoiceMessage());
        await emulator.WaitForSummaryAsync(sent.SessionId!, EmulatorHttp.Patience());
        using var evoHttp = new HttpClient();
        var evo = new EvoVoiceClient(emulator.CreateEvoVoiceClientOptions(), evoHttp);
        await evo.Sessions.CreateAsync(NewSession.OutgoingCall("+15550001111"));
        using var api = new ConsoleApi(emulator);

        string journal = await api.GetTextAsync("journal");
        string stream = await ConsoleStream.ReadBacklogAsync(emulator, EmulatorHttp.Patience());

        Assert.Contains(emulator.Console.Events, e => e.Kind == ConsoleEventKind.EvoSessions && e.Detail!.Contains("+15550001111", StringComparison.Ordinal));
        foreach (string secret in (string[])[WebhookSecret, "console-test-secret-4711", emulator.ApiKey, emulator.EvoPassword])
        {
            Assert.DoesNotContain(secret, journal, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, stream, StringComparison.Ordinal);
        }

        string details = string.Join('\n', emulator.Console.Events.Select(e => e.Detail));
        Assert.Contains("\"httpAuthHeader\":\"***\"", details, StringComparison.Ordinal);
        Assert.Contains("\"Authorization\":\"***\"", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_RecordingPushPassword_MaskedInTheRequestBody()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);
        using HttpResponseMessage created = await raw.PostAsync(
            EmulatorHttp.VoicePath(emulator, "recording-push-config"),
            EmulatorHttp.Json(Fixtures.Read("Voice/Fixtures/recording-push-config-request.json")));
        using var api = new ConsoleApi(emulator);

        string journal = await api.GetTextAsync("journal");

        Assert.True(created.IsSuccessStatusCode);
        Assert.DoesNotContain("mypassword", journal, StringComparison.Ordinal);
        ConsoleEvent request = Assert.Single(emulator.Console.Events, e => e.Kind == ConsoleEventKind.Request);
        Assert.Contains("\"password\":\"***\"", request.Detail, StringComparison.Ordinal);
        Assert.Contains("\"username\":\"myusername\"", request.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_FilteredByDestination_OnlyThatCallsEvents()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        VoiceClient voice = EmulatorHttp.Sdk(emulator);
        CallflowResult first = await voice.Callflows.SendAsync(VoiceMessage("+6590000001"));
        CallflowResult second = await voice.Callflows.SendAsync(VoiceMessage("+6590000002"));
        await emulator.WaitForSummaryAsync(first.SessionId!, EmulatorHttp.Patience());
        await emulator.WaitForSummaryAsync(second.SessionId!, EmulatorHttp.Patience());
        using var api = new ConsoleApi(emulator);

        (_, JsonElement events) = await api.GetAsync("journal?destination=%2B6590000002");

        Assert.NotEqual(0, events.GetArrayLength());
        Assert.All(events.EnumerateArray(), e => Assert.Equal(second.SessionId, e.GetProperty("sessionId").GetString()));
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("kind").GetString() == "CallEnded");
    }

    private static List<(string?, string?, string?)> Timeline(JsonElement state)
        => [.. state.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() != "Reset")
            .Select(e => (e.GetProperty("kind").GetString(), e.TryGetProperty("sessionId", out JsonElement s) ? s.GetString() : null, e.GetProperty("summary").GetString()))];
}
