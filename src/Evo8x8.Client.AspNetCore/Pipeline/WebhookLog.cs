using Evo8x8.Client.Voice.Webhooks;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>The log lines of every 8x8 webhook entry point; none carries a secret or a body.</summary>
internal static partial class WebhookLog
{
    public const string Category = "Evo8x8.Client.AspNetCore.Webhooks";

    [LoggerMessage(1, LogLevel.Warning, "Refused an 8x8 webhook delivery from {RemoteAddress}: the Authorization header is missing or wrong.")]
    public static partial void Unauthorized(ILogger logger, string? remoteAddress);

    [LoggerMessage(2, LogLevel.Warning, "Refused a malformed 8x8 webhook body ({Failure} at {Path}).")]
    public static partial void Malformed(ILogger logger, WebhookParseFailure failure, string? path);

    [LoggerMessage(3, LogLevel.Error, "The 8x8 webhook handler failed on a {EventType} event.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string? eventType);

    [LoggerMessage(4, LogLevel.Warning, "Refused an 8x8 webhook delivery from {RemoteAddress}: the address is outside the allowed sources.")]
    public static partial void SourceRefused(ILogger logger, string? remoteAddress);

    [LoggerMessage(5, LogLevel.Error, "The 8x8 webhook endpoint's options are invalid, so deliveries are answered 503: {Reason}")]
    public static partial void InvalidOptions(ILogger logger, string? reason);

    [LoggerMessage(6, LogLevel.Information, "Skipped a duplicate 8x8 webhook delivery ({DeduplicationKey}).")]
    public static partial void Duplicate(ILogger logger, string deduplicationKey);

    [LoggerMessage(7, LogLevel.Warning, "The 8x8 webhook claim store is unavailable; the {EventType} delivery is {Outcome}.")]
    public static partial void ClaimStoreUnavailable(ILogger logger, Exception exception, string? eventType, string outcome);

    [LoggerMessage(8, LogLevel.Warning, "Could not release the claim of a failed 8x8 webhook delivery ({DeduplicationKey}); its redelivery is skipped until the window ends.")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, string deduplicationKey);

    [LoggerMessage(9, LogLevel.Warning, "Could not read an 8x8 webhook body (answered {StatusCode} or closed the connection).")]
    public static partial void Unreadable(ILogger logger, int statusCode);
}
