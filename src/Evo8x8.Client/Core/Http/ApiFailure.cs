using System.Net.Sockets;
using System.Net;
using System.Security.Authentication;
using System.Text.Json;
using System.Text.RegularExpressions;
using Evo8x8.Client.Core.Json;
using Polly.Timeout;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// The one place where every failure of an HTTP call becomes an <see cref="Evo8x8ApiException"/> and where every
/// exception text is finished: Refit's three exception factories (answer, unreadable answer, transport) and the
/// answer-buffering handler all end here. Masking is done once, by <see cref="SecretMask.Apply(Evo8x8ApiException)"/> on
/// every exception that leaves here, secrets first and phone numbers after, since a phone mask applied first would cut a
/// secret with a digit run in it beyond recognition; the messages built here are unmasked until then.
/// </summary>
internal static partial class ApiFailure
{
    /// <summary>"8x8 answered POST api/v1/…/callflows with HTTP 502 (BadGateway)": the start of every answer message.</summary>
    public static string DescribeAnswer(RequestFacts request, HttpStatusCode status)
        => $"{request.Service} answered {request.Method} {request.RouteTemplate} with HTTP {(int)status} ({status})";

    /// <summary>
    /// Refit's exception factory, which sees every answer of every operation: records it for an open
    /// <see cref="RawResponseCapture"/>, then returns nothing for a success and the service's typed error otherwise.
    /// </summary>
    public static async ValueTask<Exception?> FromAnswerAsync(HttpResponseMessage response)
    {
        await RawResponseCapture.RecordAsync(response).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        RequestFacts request = RequestFacts.Of(response.RequestMessage!);
        SecretMask mask = SecretMask.For(response.RequestMessage);
        byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var answer = new ApiErrorResponse(request, response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, mask);
        Evo8x8ApiException error = response.RequestMessage!.Options.TryGetValue(ApiRequestOptions.Service, out ServiceDefinition? service)
            ? service.ReadError(answer)
            : answer.ToUnreadableBodyException();

        // Every text of the error comes from the answer, which may echo what was sent (headers, body): mask it here.
        return mask.Apply(error);
    }

    /// <summary>Refit's deserialization exception factory: a success answer whose body is not the JSON expected.</summary>
    public static ValueTask<Exception?> FromUnreadableAnswer(HttpResponseMessage response, Exception exception)
    {
        RequestFacts request = RequestFacts.Of(response.RequestMessage!);
        string where = exception is JsonException json ? $" at JSON path {json.Path ?? "$"}: {JsonDetail(json)}" : ".";
        string message = $"{DescribeAnswer(request, response.StatusCode)} but the answer is not the JSON expected{where} {AfterAnswer(request)}";
        return ValueTask.FromResult<Exception?>(SecretMask.For(response.RequestMessage).Apply(
            new Evo8x8TransportException(message, RequestDelivery.AnsweredUnreadable, response.StatusCode, exception)));
    }

    /// <summary>An answer that is the JSON literal <c>null</c> where an object was expected.</summary>
    public static Evo8x8TransportException NullAnswer(string service, string what)
        => new($"{service} answered with the JSON literal null instead of {what}.", RequestDelivery.AnsweredUnreadable, HttpStatusCode.OK);

    /// <summary>Refit's transport exception factory: no answer came back (not sent, timed out, connection dropped).</summary>
    public static Exception FromTransport(HttpRequestMessage httpRequest, Exception exception, CancellationToken cancellationToken)
    {
        SecretMask mask = SecretMask.For(httpRequest);
        if (exception is Evo8x8ApiException ours)
        {
            // Already ours (built by the answer-buffering handler); its text may quote the answer.
            return mask.Apply(ours);
        }

        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            // The caller's own cancellation.
            return exception;
        }

        RequestFacts request = RequestFacts.Of(httpRequest);
        if (IsTimeout(exception) && httpRequest.Options.TryGetValue(ApiRequestOptions.AnsweredStatus, out HttpStatusCode status))
        {
            return mask.Apply(new Evo8x8TimeoutException(
                $"{DescribeAnswer(request, status)} but the rest of the answer did not arrive in time. {AfterAnswer(request)}",
                RequestDelivery.AnsweredUnreadable,
                status,
                exception));
        }

        RequestDelivery delivery = Classify(exception);
        bool idempotent = RetryRule.IsIdempotent(httpRequest.Method);
        string advice = delivery == RequestDelivery.NotSent
            ? "Nothing was sent, so it is safe to send it again."
            : idempotent
                ? "It changes nothing on the service, so it is safe to send it again."
                : $"The {request.Method} may have reached {request.Service} and been processed: check before sending it again (for a call, wait for its session summary).";
        if (IsTimeout(exception))
        {
            return mask.Apply(new Evo8x8TimeoutException(
                $"{request.Service} did not answer in time for {request.Method} {request.RouteTemplate}. {advice}", delivery, null, exception));
        }

        string what = delivery == RequestDelivery.NotSent ? "could not be reached" : "gave no answer";
        return mask.Apply(new Evo8x8TransportException(
            $"{request.Service} {what} for {request.Method} {request.RouteTemplate}: {exception.Message} {advice}", delivery, null, exception));
    }

    /// <summary>The answer's status arrived but its body was cut short or broken while it was being read.</summary>
    public static Evo8x8TransportException BrokenAnswer(RequestFacts request, HttpStatusCode status, Exception exception)
        => new(
            $"{DescribeAnswer(request, status)} but the answer was cut short while it was read ({exception.Message}). {AfterAnswer(request)}",
            RequestDelivery.AnsweredUnreadable,
            status,
            exception);

    /// <summary>The answer is larger than the client accepts; it was not read past <paramref name="limit"/>.</summary>
    public static Evo8x8ResponseTooLargeException TooLarge(RequestFacts request, HttpStatusCode status, long limit, Exception? exception)
        => new(
            $"{DescribeAnswer(request, status)} and an answer larger than MaxResponseBytes ({limit} bytes); it was not read. {AfterAnswer(request)}",
            status,
            limit,
            exception);

    /// <summary>System.Text.Json's complaint without its position tail and without .NET type names.</summary>
    private static string JsonDetail(JsonException exception)
    {
        string text = TypeName().Replace(JsonErrorText.WithoutPosition(exception), string.Empty);
        return text.EndsWith('.') ? text : text + ".";
    }

    [GeneratedRegex(@" (?:for type|to) '?[A-Za-z_][\w.`\[\], ]*'?(?=[ .:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();

    private static string AfterAnswer(RequestFacts request)
        => request.Method is "GET" or "HEAD" or "OPTIONS"
            ? "Nothing was changed by this request."
            : $"The {request.Method} was processed by {request.Service} and may have taken effect (for a call, it may exist): check before sending it again.";

    private static bool IsTimeout(Exception exception)
        => exception is TimeoutRejectedException or TimeoutException or OperationCanceledException
            || exception.InnerException is TimeoutException or TimeoutRejectedException;

    /// <summary>Whether the request provably never left this machine.</summary>
    internal static RequestDelivery Classify(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable or SocketError.HostUnreachable }:
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError }:
                case AuthenticationException:
                    return RequestDelivery.NotSent;
            }
        }

        return RequestDelivery.MayHaveReachedService;
    }
}
