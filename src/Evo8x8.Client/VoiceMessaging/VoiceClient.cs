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

    private readonly HttpClient _http;
    private readonly VoiceAccount _account;
    private readonly bool _validateCallflows;
    private readonly CallflowValidationOptions _validation;
    private ICallflowsApi? _callflows;
    private ISpeechProfilesApi? _speechProfiles;
    private IWebhookRegistrationsApi? _webhookRegistrations;
    private IRecordingPushConfigApi? _recordingPushConfig;
    private IRecordingsApi? _recordings;
    private INumbersApi? _numbers;
    private ILogExportsApi? _logExports;

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
        : this(options, httpClient, validation, optionsChecked: false)
    {
    }

    /// <param name="options">The API key, subaccount and base address.</param>
    /// <param name="httpClient">The client to send through.</param>
    /// <param name="validation">What callflows are checked against.</param>
    /// <param name="optionsChecked">True when the options were already checked (dependency injection validates them once, on start).</param>
    internal VoiceClient(VoiceClientOptions options, HttpClient httpClient, CallflowValidationOptions? validation, bool optionsChecked)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        if (!optionsChecked && options.FindProblems() is { Count: > 0 } problems)
        {
            throw new ArgumentException($"The 8x8 voice client options are not usable: {string.Join(" ", problems)}", nameof(options));
        }

        _http = RefitRoutes.Bind(httpClient, options.BaseAddress);
        _account = new VoiceAccount(options.SubAccountId, "Bearer " + options.ApiKey);
        _validateCallflows = options.ValidateCallflows;
        _validation = validation ?? CallflowValidationOptions.Default;
    }

    // Resources are made on first use: a client resolved per unit of work usually needs one of them. Two threads may
    // both make one; either is fine, they are stateless.

    /// <inheritdoc />
    public ICallflowsApi Callflows
        => _callflows ??= new CallflowsApi(Routes<ICallflowsRoutes>(), _account, _validateCallflows, _validation);

    /// <inheritdoc />
    public ISpeechProfilesApi SpeechProfiles => _speechProfiles ??= new SpeechProfilesApi(Routes<ISpeechProfilesRoutes>(), _account);

    /// <inheritdoc />
    public IWebhookRegistrationsApi WebhookRegistrations
        => _webhookRegistrations ??= new WebhookRegistrationsApi(Routes<IWebhookRegistrationsRoutes>(), _account);

    /// <inheritdoc />
    public IRecordingPushConfigApi RecordingPushConfig
        => _recordingPushConfig ??= new RecordingPushConfigApi(Routes<IRecordingPushConfigRoutes>(), _account);

    /// <inheritdoc />
    public IRecordingsApi Recordings => _recordings ??= new RecordingsApi(Routes<IRecordingsRoutes>(), _account);

    /// <inheritdoc />
    public INumbersApi Numbers => _numbers ??= new NumbersApi(Routes<INumbersRoutes>(), _account);

    /// <inheritdoc />
    public ILogExportsApi LogExports => _logExports ??= new LogExportsApi(Routes<ILogExportsRoutes>(), _account, _http.BaseAddress!);

    private T Routes<T>() => RefitRoutes.For<T>(_http, RefitRoutes.Voice);
}
