using Evo8x8.Client.Http;
using Evo8x8.Client.VoiceMessaging.LogExports;
using Evo8x8.Client.VoiceMessaging.Numbers;
using Evo8x8.Client.VoiceMessaging.Recordings;
using Evo8x8.Client.VoiceMessaging.SpeechProfiles;
using Evo8x8.Client.VoiceMessaging.WebhookRegistrations;

namespace Evo8x8.Client.VoiceMessaging;

/// <summary>
/// The client for 8x8's Voice API v1, one subaccount per client. Without dependency injection,
/// <c>new VoiceClient(options)</c> is all it takes: it shares one pooled connection handler with every
/// other client. Thread-safe; create it once and reuse it.
/// </summary>
public sealed class VoiceClient : IVoiceClient
{
    /// <summary>The service name used in messages and telemetry.</summary>
    internal const string ServiceName = "8x8";

    /// <summary>Creates a client over the shared connection pool.</summary>
    /// <param name="options">The API key, subaccount and base address.</param>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message says which and how to fix it.</exception>
    public VoiceClient(VoiceClientOptions options)
        : this(options, validation: null)
    {
    }

    /// <summary>
    /// Creates a client over the shared connection pool whose callflows are checked against the given options,
    /// for example the voice profiles 8x8 offers (<see cref="CallflowValidationOptions.FromSpeechProfiles"/>).
    /// </summary>
    /// <param name="options">The API key, subaccount and base address.</param>
    /// <param name="validation">What callflows are checked against before sending; defaults apply when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message says which and how to fix it.</exception>
    public VoiceClient(VoiceClientOptions options, CallflowValidationOptions? validation)
        : this(options, SharedHttpHandler.CreateClient(TransportSettings.Create(options?.Resilience, options?.MaxResponseBytes, options?.MaxConnectionsPerServer)), validation)
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> you own (for example one from <c>IHttpClientFactory</c>).</summary>
    /// <param name="options">The API key, subaccount and base address.</param>
    /// <param name="httpClient">The client to send through; one without a base address is given 8x8's, one with another is sent through unchanged.</param>
    /// <param name="validation">What callflows are checked against (clock, known voice profiles); defaults apply when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message says which and how to fix it.</exception>
    public VoiceClient(VoiceClientOptions options, HttpClient httpClient, CallflowValidationOptions? validation = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        List<string> problems = options.FindProblems();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The 8x8 voice client options are not usable: {string.Join(" ", problems)}", nameof(options));
        }

        HttpClient http = RefitRoutes.Bind(httpClient, options.BaseAddress);
        var account = new VoiceAccount(options.SubAccountId, "Bearer " + options.ApiKey);
        Callflows = new CallflowsApi(
            RefitRoutes.For<ICallflowsRoutes>(http, RefitRoutes.Voice), account, options.ValidateCallflows, validation ?? CallflowValidationOptions.Default);
        SpeechProfiles = new SpeechProfilesApi(RefitRoutes.For<ISpeechProfilesRoutes>(http, RefitRoutes.Voice), account);
        WebhookRegistrations = new WebhookRegistrationsApi(RefitRoutes.For<IWebhookRegistrationsRoutes>(http, RefitRoutes.Voice), account);
        RecordingPushConfig = new RecordingPushConfigApi(RefitRoutes.For<IRecordingPushConfigRoutes>(http, RefitRoutes.Voice), account);
        Recordings = new RecordingsApi(RefitRoutes.For<IRecordingsRoutes>(http, RefitRoutes.Voice), account);
        Numbers = new NumbersApi(RefitRoutes.For<INumbersRoutes>(http, RefitRoutes.Voice), account);
        LogExports = new LogExportsApi(RefitRoutes.For<ILogExportsRoutes>(http, RefitRoutes.Voice), account);
    }

    /// <inheritdoc />
    public ICallflowsApi Callflows { get; }

    /// <inheritdoc />
    public ISpeechProfilesApi SpeechProfiles { get; }

    /// <inheritdoc />
    public IWebhookRegistrationsApi WebhookRegistrations { get; }

    /// <inheritdoc />
    public IRecordingPushConfigApi RecordingPushConfig { get; }

    /// <inheritdoc />
    public IRecordingsApi Recordings { get; }

    /// <inheritdoc />
    public INumbersApi Numbers { get; }

    /// <inheritdoc />
    public ILogExportsApi LogExports { get; }
}
