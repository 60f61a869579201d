using Evo8x8.Client.Ccai.Apps;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Testing.Ccai;
using Evo8x8.Client.Testing.Console;
using Evo8x8.Client.Testing.Core;
using Evo8x8.Client.Testing.Evo;
using Evo8x8.Client.Testing.Voice.Calls;
using Evo8x8.Client.Testing.Voice;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.Testing;

/// <summary>
/// 8x8 Voice API v1 and Evo Voice's sessions API, in process, on a free port of 127.0.0.1. It reads every request
/// as raw JSON and answers as the services do (authentication, 8x8's callflow status codes, Evo's ServiceStack
/// errors); each accepted callflow plays out as a simulated call whose status events and session summary are
/// posted to the webhooks registered with it. Tests can script faults per operation, count every request, and
/// await a session's summary. Thread-safe; dispose it to stop the server.
/// </summary>
public sealed partial class Evo8x8Emulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Evo8x8EmulatorOptions _options;
    private readonly EmulatorPipeline _pipeline;
    private readonly WebhookRegistry _webhooks = new();
    private readonly DiagnosticLog _diagnostics = new();
    private readonly RecordingStore _recordings = new();
    private readonly WebhookSender _sender;
    private readonly CallSimulator _simulator;
    private readonly HttpClient _webhookClient;
    private readonly EvoSessionStore _evoSessions;
    private readonly ConsoleJournal _journal;
    private readonly DeveloperPhone _phone;

    private Evo8x8Emulator(WebApplication app, Evo8x8EmulatorOptions options)
    {
        _app = app;
        _options = options;
        Clock = options.Clock is { } clock ? new EmulatorClock(clock) : new EmulatorClock(EmulatorClock.DefaultStart);
        _journal = new ConsoleJournal(Clock, SecretMaskOf(options));
        _phone = new DeveloperPhone(_journal);
        _diagnostics.Added = _journal.Refused;
        _evoSessions = new EvoSessionStore(Clock);
        _pipeline = new EmulatorPipeline(Faults, Clock, _diagnostics, _journal, options);
        _webhookClient = new HttpClient { Timeout = options.WebhookTimeout.ToTimeSpan(), MaxResponseContentBufferSize = WebhookSender.AnswerLimit };
        _sender = new WebhookSender(_webhooks, Delivery, _webhookClient, Clock, _journal);
        _simulator = new CallSimulator(new SimulationContext(Rules, _sender, NewInspector, _diagnostics, _recordings, options.SubAccountId, _journal, _phone));
        Console = new EmulatorConsole(this, new ConsoleParts(_journal, _phone, _sender, _webhooks, _pipeline, _diagnostics, _recordings, _evoSessions));
        MapRoutes();
    }

    /// <summary>The emulator's address, for example <c>http://127.0.0.1:41234/</c>: the base address of both clients.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The 8x8 API key the emulator accepts.</summary>
    public string ApiKey => _options.ApiKey;

    /// <summary>The one 8x8 subaccount that exists.</summary>
    public string SubAccountId => _options.SubAccountId;

    /// <summary>The Evo Voice user name the emulator accepts.</summary>
    public string EvoUserName => _options.EvoUserName;

    /// <summary>The Evo Voice password the emulator accepts.</summary>
    public string EvoPassword => _options.EvoPassword;

    /// <summary>The virtual clock every timestamp comes from; advance it to move time without waiting.</summary>
    public EmulatorClock Clock { get; }

    /// <summary>How simulated calls end, by destination (answered unless a rule says otherwise).</summary>
    public CallRules Rules { get; } = new();

    /// <summary>Scripted faults per operation, served before normal behaviour.</summary>
    public EmulatorFaults Faults { get; } = new();

    /// <summary>How webhook events are delivered: once by default; duplicates and redelivery after a failure on request.</summary>
    public DeliveryRules Delivery { get; } = new();

    /// <summary>Every refusal so far, in order, each naming the value and its JSON path: answered errors and webhook replies that ended a session.</summary>
    public IReadOnlyList<EmulatorDiagnostic> Diagnostics => _diagnostics.Entries;

    /// <summary>Every request received so far, in order of arrival, faults and refusals included.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _pipeline.Requests;

    /// <summary>Every post of a webhook event so far (redeliveries and duplicates each count), delivered or not, in order of completion.</summary>
    public IReadOnlyList<EmulatedWebhookDelivery> Deliveries => _sender.Deliveries;

    /// <summary>
    /// The console served at <c>/console</c>: what it shows (every call's timeline, as events) and everything it does
    /// (be the callee, replay a delivery, reset, export and import state), as typed methods for tests.
    /// </summary>
    public EmulatorConsole Console { get; }

    /// <summary>Starts an emulator on a free port of 127.0.0.1.</summary>
    /// <param name="options">What it accepts and how it behaves; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    /// <exception cref="ArgumentException">An option cannot work.</exception>
    public static async Task<Evo8x8Emulator> StartAsync(Evo8x8EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new Evo8x8EmulatorOptions();
        options.Check();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        builder.Logging.ClearProviders();
        var emulator = new Evo8x8Emulator(builder.Build(), options);
        await emulator._app.StartAsync(cancellationToken).ConfigureAwait(false);
        emulator.BaseAddress = new Uri(emulator._app.Urls.First().TrimEnd('/') + "/");
        return emulator;
    }

    /// <summary>Options for the SDK's <see cref="VoiceClient"/> that point at this emulator with the accepted key and subaccount.</summary>
    /// <returns>New options; change them freely (for example a wrong key, to see a 401).</returns>
    public VoiceClientOptions CreateVoiceClientOptions()
        => new() { ApiKey = ApiKey, SubAccountId = SubAccountId, BaseAddress = BaseAddress };

    /// <summary>
    /// What the SDK should check callflows against to agree with this emulator: its virtual clock (for
    /// <c>validUntil</c>) and its speech profiles. Pass it to <see cref="VoiceClient"/> and <see cref="CallflowBuilder"/>.
    /// </summary>
    /// <returns>New validation options.</returns>
    public CallflowValidationOptions CreateCallflowValidationOptions()
        => new() { Clock = Clock, KnownVoiceProfiles = _options.SpeechProfiles.Select(p => p.SpeechProfileCode).ToHashSet(StringComparer.OrdinalIgnoreCase) };

    /// <summary>Options for the SDK's <see cref="EvoVoiceClient"/> that point at this emulator with the accepted credentials.</summary>
    /// <returns>New options.</returns>
    public EvoVoiceClientOptions CreateEvoVoiceClientOptions()
        => new() { UserName = EvoUserName, Password = EvoPassword, BaseAddress = BaseAddress };

    /// <summary>Options for the SDK's <see cref="CcaiAppsClient"/> that point at this emulator's Apps API with the accepted subdomain and token.</summary>
    /// <returns>New options.</returns>
    public CcaiAppsClientOptions CreateCcaiAppsClientOptions()
        => new() { Subdomain = _options.CcaiSubdomain, Domain = "emulator.invalid", ApiToken = _options.CcaiApiToken, BaseAddress = new Uri(BaseAddress, "apps/api/v1/") };

    /// <summary>
    /// Registers a webhook directly, as <c>POST /webhooks</c> would, replacing any of the same type; a shortcut for
    /// tests that are not about the webhooks API.
    /// </summary>
    /// <param name="type">The webhook type, for example <see cref="WebhookType.SessionSummary"/>.</param>
    /// <param name="url">Where events of that type are posted.</param>
    /// <param name="authorization">Sent verbatim as the <c>Authorization</c> header of every delivery; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not one of VCA, VCS, VSS, VRU, VNU.</exception>
    public void RegisterWebhook(WebhookType type, Uri url, string? authorization = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!WebhookRegistry.Types.Contains(type.Value, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{type}' is not a webhook type; use one of {string.Join(", ", WebhookRegistry.Types)}.", nameof(type));
        }

        _journal.Mask.Add(authorization);
        _webhooks.Put(new RegisteredWebhook(type.Value, url, authorization, Enabled: true));
    }

    /// <summary>
    /// Waits until the simulated session has produced its summary (VSS) and, when a VSS webhook is registered,
    /// until its delivery was attempted. Waits for sessions not created yet, too; pass a token to bound the wait.
    /// </summary>
    /// <param name="sessionId">The <c>sessionId</c> of the callflow answer.</param>
    /// <param name="cancellationToken">Ends the wait.</param>
    /// <returns>The summary, as the SDK's <see cref="WebhookParser"/> reads it.</returns>
    public async Task<SessionSummaryEvent> WaitForSummaryAsync(string sessionId, CancellationToken cancellationToken = default)
        => (SessionSummaryEvent)(await WaitForSummaryDeliveryAsync(sessionId, cancellationToken).ConfigureAwait(false)).Event;

    /// <summary>
    /// Like <see cref="WaitForSummaryAsync"/>, but returns the summary's delivery: the post whose answer counts (the
    /// last attempt of the first copy), with the receiver's status.
    /// </summary>
    /// <param name="sessionId">The <c>sessionId</c> of the callflow answer.</param>
    /// <param name="cancellationToken">Ends the wait.</param>
    /// <returns>The summary's delivery.</returns>
    public Task<EmulatedWebhookDelivery> WaitForSummaryDeliveryAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return _simulator.WaitForSummaryAsync(sessionId, cancellationToken);
    }

    /// <summary>
    /// Posts a VNU (<c>VIRTUAL_NUMBER_UPDATE</c>) event now, a <c>SNAPSHOT</c> of <see cref="Evo8x8EmulatorOptions.VirtualNumbers"/>,
    /// as 8x8 does when the subaccount's numbers change; recorded in <see cref="Deliveries"/> with an empty session id.
    /// </summary>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>The delivery whose answer counts.</returns>
    public Task<EmulatedWebhookDelivery> SendVirtualNumberUpdateAsync(CancellationToken cancellationToken = default)
        => _sender.SendAsync(
            WebhookType.VirtualNumberUpdated,
            WebhookEventType.VirtualNumberUpdate,
            string.Empty,
            UploadEventJson.NumbersUpdated(_options.SubAccountId, _options.VirtualNumbers, Clock.GetCurrentInstant()),
            cancellationToken);

    /// <summary>Stops the simulations still running and the server.</summary>
    /// <returns>A task that completes when everything has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _simulator.StopAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _webhookClient.Dispose();
    }

    private CallflowInspector NewInspector() => new(_options.SpeechProfiles, _options.AllowedSources, Clock.GetCurrentInstant());

    private void MapRoutes()
    {
        const string Voice = "/api/v1/subaccounts/{subAccountId}";
        var gate = new VoiceGate(_options);
        var callflows = new CallflowEndpoint(gate, NewInspector, _simulator, Clock);
        var profiles = new SpeechProfilesEndpoint(gate, _options.SpeechProfiles);
        var webhooks = new WebhooksEndpoint(gate, _webhooks, _options.SubAccountId, _options.AllowedWebhookHosts);
        var recordings = new RecordingsEndpoint(gate, _recordings, _options.SubAccountId);
        var numbers = new NumbersEndpoint(gate, _options.VirtualNumbers, _options.SubAccountId, Clock);
        var exports = new LogExportsEndpoint(gate, Clock);

        var evoGate = new EvoGate(_options);
        EvoSessionStore store = _evoSessions;
        var actions = new EvoSessionActions(evoGate, store);
        var sessions = new EvoSessionsEndpoint(evoGate, store, _options.EvoUserName, _options.EvoGetStripsLog);
        var control = new EvoCallControlEndpoint(evoGate, store, actions, _options.EvoUserName);
        var chat = new EvoChatEndpoint(evoGate, store, actions, _options.EvoUserName);
        var account = new EvoAccountEndpoint(evoGate, store, _options.EvoUserName);

        _pipeline.Map(_app, "POST", $"{Voice}/callflows", EmulatorRoute.SendCallflow, callflows.SendAsync);
        _pipeline.Map(_app, "GET", $"{Voice}/speech-profiles", EmulatorRoute.ListSpeechProfiles, profiles.ListAsync);
        _pipeline.Map(_app, "GET", $"{Voice}/webhooks", EmulatorRoute.ListWebhooks, webhooks.ListAsync);
        _pipeline.Map(_app, "POST", $"{Voice}/webhooks", EmulatorRoute.CreateWebhook, webhooks.CreateAsync);
        _pipeline.Map(_app, "DELETE", $"{Voice}/webhooks/{{type}}", EmulatorRoute.DeleteWebhook, webhooks.DeleteAsync);
        _pipeline.Map(_app, "GET", $"{Voice}/recordings/{{sessionId}}", EmulatorRoute.GetRecordingStatus, recordings.GetStatusAsync);
        _pipeline.Map(_app, "GET", $"{Voice}/recording-push-config", EmulatorRoute.GetRecordingPushConfig, recordings.GetConfigAsync);
        _pipeline.Map(_app, "POST", $"{Voice}/recording-push-config", EmulatorRoute.CreateRecordingPushConfig, recordings.CreateConfigAsync);
        _pipeline.Map(_app, "DELETE", $"{Voice}/recording-push-config", EmulatorRoute.DeleteRecordingPushConfig, recordings.DeleteConfigAsync);
        _pipeline.Map(_app, "GET", $"{Voice}/numbers", EmulatorRoute.ListNumbers, numbers.ListAsync);
        _pipeline.Map(_app, "GET", $"{Voice}/numbers/{{number}}", EmulatorRoute.CheckNumber, numbers.CheckAsync);
        _pipeline.Map(_app, "POST", $"{Voice}/messages/exports", EmulatorRoute.StartLogExport, exports.StartAsync);
        _pipeline.Map(_app, "GET", $"{Voice}/messages/exports/{{jobId}}", EmulatorRoute.GetLogExportResult, exports.GetResultAsync);
        _pipeline.Map(_app, "DELETE", $"{Voice}/messages/exports/{{jobId}}", EmulatorRoute.CancelLogExport, exports.CancelAsync);
        _pipeline.Map(_app, "GET", $"{Voice}/messages/download/{{jobId}}", EmulatorRoute.DownloadLogExport, exports.DownloadAsync);
        _pipeline.Map(_app, "POST", "/sessions", EmulatorRoute.CreateSession, sessions.CreateAsync);
        _pipeline.Map(_app, "GET", "/sessions", EmulatorRoute.ListSessions, sessions.ListAsync);
        _pipeline.Map(_app, "GET", "/sessions/{id}", EmulatorRoute.GetSession, sessions.GetAsync);
        _pipeline.Map(_app, "DELETE", "/sessions/{id}", EmulatorRoute.EndSession, sessions.EndAsync);
        _pipeline.Map(_app, "DELETE", "/sessions", EmulatorRoute.DeleteSessions, sessions.DeleteRangeAsync);
        _pipeline.Map(_app, "POST", "/sessions/outgoing", EmulatorRoute.CreateOutgoingSession, control.CreateOutgoingAsync);
        _pipeline.Map(_app, "POST", "/sessions/{id}/redirect", EmulatorRoute.RedirectSession, control.RedirectAsync);
        _pipeline.Map(_app, "POST", "/sessions/{id}/hold", EmulatorRoute.HoldSession, control.HoldAsync);
        _pipeline.Map(_app, "PATCH", "/sessions/{id}", EmulatorRoute.PatchSession, control.PatchAsync);
        _pipeline.Map(_app, "POST", "/sessions/{id}/conference/members", EmulatorRoute.AddConferenceMember, control.AddConferenceMemberAsync);
        _pipeline.Map(_app, "POST", "/sessions/{id}/reject", EmulatorRoute.RejectSession, control.RejectAsync);
        _pipeline.Map(_app, "POST", "/sessions/{id}/record", EmulatorRoute.RecordSession, control.RecordAsync);
        _pipeline.Map(_app, "POST", "/sessions/{id}/members", EmulatorRoute.InviteChatMember, chat.InviteMemberAsync);
        _pipeline.Map(_app, "DELETE", "/sessions/{id}/members/{memberId}", EmulatorRoute.DeleteChatMember, chat.DeleteMemberAsync);
        _pipeline.Map(_app, "POST", "/sessions/{id}/messages", EmulatorRoute.SendMessage, chat.SendMessageAsync);
        _pipeline.Map(_app, "GET", "/sessions/{id}/transcript", EmulatorRoute.GetChatTranscript, chat.TranscriptAsync);
        _pipeline.Map(_app, "GET", "/sessions/active", EmulatorRoute.ListActiveSessions, account.MySessionsAsync);
        _pipeline.Map(_app, "GET", "/sessions/my", EmulatorRoute.ListMySessions, account.MySessionsAsync);
        _pipeline.Map(_app, "GET", "/calls/active", EmulatorRoute.ListActiveCalls, account.ActiveCallsAsync);
        _pipeline.Map(_app, "GET", "/auth/status", EmulatorRoute.GetAuthStatus, account.AuthStatusAsync);

        var ccai = new CcaiAppsEndpoint(_options, Clock);
        _pipeline.Map(_app, "POST", "/apps/api/v1/calls", EmulatorRoute.CreateCcaiCall, ccai.CreateCallAsync);
        _pipeline.Map(_app, "GET", "/apps/api/v1/calls/{id}/customer_flag", EmulatorRoute.GetCcaiCustomerFlags, ccai.GetFlagsAsync);
        _pipeline.Map(_app, "PATCH", "/apps/api/v1/calls/{id}/customer_flag", EmulatorRoute.UpdateCcaiCustomerFlags, ccai.UpdateFlagsAsync);
        _pipeline.Map(_app, "GET", "/apps/api/v1/chats/{chatId}/media/{mediaId}", EmulatorRoute.GetCcaiChatMedia, ccai.GetChatMediaAsync);
        ConsoleEndpoints.Map(_app, Console);
        _pipeline.MapFallback(_app);
    }

    private static SecretMask SecretMaskOf(Evo8x8EmulatorOptions options)
    {
        var mask = new SecretMask();
        mask.Add(options.ApiKey);
        mask.Add(options.EvoPassword);
        mask.Add(options.CcaiApiToken);
        return mask;
    }
}
