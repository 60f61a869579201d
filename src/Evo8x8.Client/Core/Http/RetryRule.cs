using System.Net.Sockets;
using System.Net;
using Polly.Timeout;
using Polly;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Which failed attempts may be sent again, and how long the service asked us to wait; the rule is spelled
/// out on <see cref="Evo8x8ResilienceOptions"/>.
/// </summary>
internal static class RetryRule
{
    /// <summary>Whether the outcome of an attempt with <paramref name="method"/> may be retried.</summary>
    public static bool AllowsRetry(HttpMethod method, Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is { } exception)
        {
            return WasNeverSent(exception) || (IsIdempotent(method) && IsTransient(exception));
        }

        var status = (int)outcome.Result!.StatusCode;
        if (status == (int)HttpStatusCode.TooManyRequests)
        {
            // A 429 is a refusal before processing, so even a POST is safe to send again.
            return true;
        }

        return IsIdempotent(method) && (status == (int)HttpStatusCode.RequestTimeout || status >= 500);
    }

    /// <summary>GET, HEAD, OPTIONS, PUT and DELETE: repeating them leaves the service as one request would.</summary>
    public static bool IsIdempotent(HttpMethod method)
        => method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete;

    /// <summary>
    /// The wait the answer's <c>Retry-After</c> asks for (seconds or an HTTP date, never negative), or
    /// <see langword="null"/> when it has none.
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        TimeSpan? wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>A refused connection: the request never left this machine, so nothing was processed.</summary>
    private static bool WasNeverSent(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                return true;
            }
        }

        return false;
    }

    // An answer cut short is worth asking for again; one that is too large will be too large again.
    private static bool IsTransient(Exception exception)
        => exception is HttpRequestException or TimeoutRejectedException
            || exception is Evo8x8TransportException { Delivery: RequestDelivery.AnsweredUnreadable } and not Evo8x8ResponseTooLargeException;
}
