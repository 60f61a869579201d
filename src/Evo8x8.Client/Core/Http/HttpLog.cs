using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// The log lines of the HTTP pipeline, source-generated so that nothing is formatted when the level is off.
/// Every argument is fixed text of this package, a number, or text passed through <see cref="PhoneNumberMask"/>.
/// </summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 1, EventName = "AttemptAnswered",
        Message = "{Service} {Method} {RouteTemplate} answered {StatusCode} in {ElapsedMilliseconds} ms (attempt {Attempt}, request id {RequestId})")]
    public static partial void AttemptAnswered(
        ILogger logger, LogLevel level, string service, string method, string routeTemplate, int statusCode, long elapsedMilliseconds, int attempt, string requestId);

    // The same line for an answer that carries no request id, so no empty "request id" is printed.
    [LoggerMessage(EventId = 5, EventName = "AttemptAnsweredWithoutRequestId",
        Message = "{Service} {Method} {RouteTemplate} answered {StatusCode} in {ElapsedMilliseconds} ms (attempt {Attempt})")]
    public static partial void AttemptAnsweredWithoutRequestId(
        ILogger logger, LogLevel level, string service, string method, string routeTemplate, int statusCode, long elapsedMilliseconds, int attempt);

    [LoggerMessage(EventId = 2, EventName = "AttemptFailed", Level = LogLevel.Warning,
        Message = "{Service} {Method} {RouteTemplate} failed after {ElapsedMilliseconds} ms (attempt {Attempt}): {Error}")]
    public static partial void AttemptFailed(
        ILogger logger, string service, string method, string routeTemplate, long elapsedMilliseconds, int attempt, string error);

    [LoggerMessage(EventId = 3, EventName = "Retrying", Level = LogLevel.Information,
        Message = "{Service} {Method} {RouteTemplate} is sent again in {DelayMilliseconds} ms after {Outcome} (retry {Retry} of {MaxRetries})")]
    public static partial void Retrying(
        ILogger logger, string service, string method, string routeTemplate, long delayMilliseconds, string outcome, int retry, int maxRetries);

    [LoggerMessage(EventId = 4, EventName = "NotRetried", Level = LogLevel.Information,
        Message = "{Service} {Method} {RouteTemplate} is not sent again after {Outcome}: {Reason}")]
    public static partial void NotRetried(
        ILogger logger, string service, string method, string routeTemplate, string outcome, string reason);
}
