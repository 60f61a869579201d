using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Voice.LogExports;
using Evo8x8.Client.Voice.Numbers;
using Evo8x8.Client.Voice.Recordings;
using Evo8x8.Client.Voice.SpeechProfiles;
using Evo8x8.Client.Voice.WebhookRegistrations;

namespace Evo8x8.Client.Voice;

/// <summary>
/// The client for 8x8's Voice API v1, one subaccount per client. Without dependency injection,
/// <c>new VoiceClient(options)</c> is all it takes: it shares one pooled connection handler with every
/// other client. Thread-safe; create it once and reuse it.
/// </summary>
public sealed class VoiceClient : IVoiceClient
{

    private readonly HttpClient _http;
    private readonly HttpClient _transport;
    private readonly long _maxResponseBytes;
    private readonly Uri _baseAddress;
    private readonly Uri _logExportsAddress;
    private readonly RequestAuthorization? _forwardedAuthorization;
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
        : this(options, httpClient: null, validation, fromFactory: false)
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> you own (for example one from <c>IHttpClientFactory</c>).</summary>
    /// <param name="options">The API key, subaccount and base address.</param>
    /// <param name="httpClient">The client to send through; one without a base address is given 8x8's, one with another is sent through unchanged.</param>
    /// <param name="validation">What callflows are checked against (clock, known voice profiles); defaults apply when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message says which and how to fix it.</exception>
    public VoiceClient(VoiceClientOptions options, HttpClient httpClient, CallflowValidationOptions? validation = null)
        : this(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)), validation, fromFactory: false)
    {
    }

    /// <param name="options">The API key, subaccount and base address.</param>
    /// <param name="httpClient">The client to send through; <see langword="null"/> for one over the shared connection pool.</param>
    /// <param name="validation">What callflows are checked against.</param>
    /// <param name="fromFactory">
    /// True for a client from dependency injection: its options were checked once, on start, and its pipeline adds the
    /// <c>Authorization</c> value itself.
    /// </param>
    internal VoiceClient(VoiceClientOptions options, HttpClient? httpClient, CallflowValidationOptions? validation, bool fromFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!fromFactory && options.FindProblems() is { Count: > 0 } problems)
        {
            throw new ArgumentException($"The 8x8 voice client options are not usable: {string.Join(" ", problems)}", nameof(options));
        }

        RequestAuthorization authorization = Authorization(options);
        _transport = httpClient ?? SharedHttpHandler.CreateClient(options.ToTransportSettings(), authorization);
        _forwardedAuthorization = httpClient is null || fromFactory ? null : authorization;
        _baseAddress = options.BaseAddress;
        _logExportsAddress = options.EffectiveLogExportsAddress;
        _maxResponseBytes = options.MaxResponseBytes;
        _http = RefitRoutes.Bind(_transport, _baseAddress, _forwardedAuthorization, _maxResponseBytes);
        _account = new VoiceAccount(options.SubAccountId, authorization);
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
    public ILogExportsApi LogExports => _logExports ??= new LogExportsApi(LogExportsRoutes(), _account, allowPlainHttp: _logExportsAddress.Scheme == Uri.UriSchemeHttp || _baseAddress.Scheme == Uri.UriSchemeHttp);

    /// <summary>The API key as a bearer token, sent only to the client's own base address and log-export address.</summary>
    internal static RequestAuthorization Authorization(VoiceClientOptions options)
        => RequestAuthorization.Bearer(options.ApiKey, options.BaseAddress, options.EffectiveLogExportsAddress);

    // Log exports have a host of their own in 8x8's OpenAPI file; the same transport (and key) serves it.
    private ILogExportsRoutes LogExportsRoutes()
        => TransportSettings.Normalize(_logExportsAddress) == TransportSettings.Normalize(_baseAddress)
            ? Routes<ILogExportsRoutes>()
            : VoiceService.Definition.Routes<ILogExportsRoutes>(RefitRoutes.Bind(_transport, _logExportsAddress, _forwardedAuthorization, _maxResponseBytes));

    private T Routes<T>() => VoiceService.Definition.Routes<T>(_http);
}
