using System.Text.Encodings.Web;
using System.Text.Json;
using Evo8x8.Client.Serialization;
using Refit;

namespace Evo8x8.Client.Http;

/// <summary>
/// How every Refit interface of this package is turned into a client: generated request building only, JSON from the
/// package's source-generated context, and Refit's three exception factories pointed at <see cref="ApiFailure"/>, so
/// that no Refit exception ever reaches a caller.
/// </summary>
internal static class RefitRoutes
{
    // Bodies are written as the services and people reading logs expect: "+6512345678", not "\u002B6512345678".
    private static readonly Evo8x8JsonContext WireContext = new(
        new JsonSerializerOptions(Evo8x8JsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The settings of every 8x8 Voice API interface.</summary>
    public static readonly RefitSettings Voice = CreateSettings(VoiceMessaging.VoiceClient.ServiceName);

    /// <summary>The settings of every Evo Voice interface.</summary>
    public static readonly RefitSettings Evo = CreateSettings(Sessions.EvoVoiceClient.ServiceName);

    /// <summary>The settings of every CCAI Platform Apps API interface.</summary>
    public static readonly RefitSettings Ccai = CreateSettings(ContactCenter.Apps.CcaiAppsClient.ServiceName);

    /// <summary>The generated implementation of <typeparamref name="T"/> over <paramref name="http"/> (never reflection).</summary>
    public static T For<T>(HttpClient http, RefitSettings settings) => RestService.ForGenerated<T>(http, settings);

    /// <summary>
    /// A client whose base address is the service's: <paramref name="http"/> itself when it has none yet or already
    /// the right one, otherwise a thin client that forwards to it, so that a caller's client is never changed once set.
    /// </summary>
    public static HttpClient Bind(HttpClient http, Uri baseAddress)
    {
        Uri address = TransportSettings.Normalize(baseAddress);
        if (http.BaseAddress == address)
        {
            return http;
        }

        if (http.BaseAddress is null)
        {
            try
            {
                http.BaseAddress = address;
                return http;
            }
            catch (InvalidOperationException)
            {
                // The client has already sent requests; forward to it instead.
            }
        }

        return new HttpClient(new ForwardingHandler(http), disposeHandler: false) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
    }

    private static RefitSettings CreateSettings(string serviceName)
        => new(new WireContentSerializer(WireContext))
        {
            RequestBodySerialization = RequestBodySerializationMode.Buffered,
            HttpRequestMessageOptions = new Dictionary<string, object> { [ApiRequestOptions.ServiceNameKey] = serviceName },
            ExceptionFactory = ApiFailure.FromAnswerAsync,
            DeserializationExceptionFactory = ApiFailure.FromUnreadableAnswer,
            TransportExceptionFactory = ApiFailure.FromTransport,
        };
}
