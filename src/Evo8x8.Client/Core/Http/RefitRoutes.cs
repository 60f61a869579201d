using System.Text.Json.Serialization;
using Refit;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// How every Refit interface of this package is turned into a client: generated request building only, JSON from the
/// service's source-generated context, and Refit's three exception factories pointed at <see cref="ApiFailure"/>, so
/// that no Refit exception ever reaches a caller.
/// </summary>
internal static class RefitRoutes
{
    /// <summary>The generated implementation of <typeparamref name="T"/> over <paramref name="http"/> (never reflection).</summary>
    public static T For<T>(HttpClient http, RefitSettings settings) => RestService.ForGenerated<T>(http, settings);

    /// <summary>
    /// A client whose base address is the service's and whose requests carry <paramref name="authorization"/>:
    /// <paramref name="http"/> itself when its own pipeline already authorizes (<see langword="null"/>) and it has no
    /// base address yet or already the right one, otherwise a thin client that authorizes and forwards to it, so that a
    /// caller's client is never changed once set.
    /// </summary>
    /// <param name="http">The client requests go through.</param>
    /// <param name="baseAddress">The service's base address.</param>
    /// <param name="authorization">The value to authorize with, or <see langword="null"/> when <paramref name="http"/> does.</param>
    /// <param name="maxResponseBytes">The largest answer body a forwarded request reads (its own pipeline bounds the rest).</param>
    public static HttpClient Bind(HttpClient http, Uri baseAddress, RequestAuthorization? authorization, long maxResponseBytes)
    {
        Uri address = TransportSettings.Normalize(baseAddress);
        if (authorization is null)
        {
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
        }

        HttpMessageHandler forward = new ForwardingHandler(http, maxResponseBytes);
        if (authorization is not null)
        {
            forward = new AuthorizingHandler(() => authorization) { InnerHandler = forward };
        }

        return new HttpClient(forward, disposeHandler: false) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>
    /// The settings of one service's interfaces: bodies through its wire context, every URL value through
    /// <see cref="PathSegmentFormatter"/> (no id walks to another route), every failure through <see cref="ApiFailure"/>.
    /// </summary>
    public static RefitSettings CreateSettings(ServiceDefinition service, JsonSerializerContext wireContext)
        => new(new WireContentSerializer(wireContext))
        {
            RequestBodySerialization = RequestBodySerializationMode.Buffered,
            UrlParameterFormatter = PathSegmentFormatter.Instance,
            HttpRequestMessageOptions = new Dictionary<string, object> { [ApiRequestOptions.ServiceKey] = service },
            ExceptionFactory = ApiFailure.FromAnswerAsync,
            DeserializationExceptionFactory = ApiFailure.FromUnreadableAnswer,
            TransportExceptionFactory = ApiFailure.FromTransport,
        };
}
