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

    [LoggerMessage(9, LogLevel.Warning, "Could not read an 8x8 webhook body (answered {StatusCode} or closed the connection).")]
    public static partial void Unreadable(ILogger logger, int statusCode);

    [LoggerMessage(10, LogLevel.Warning, "Refused an 8x8 webhook delivery from {RemoteAddress}: the address is outside the allowed sources. It carried X-Forwarded-For: {ForwardedFor}, which was ignored because the connection's address is not a known proxy: behind a load balancer, add its address to ForwardedHeadersOptions.KnownProxies or KnownIPNetworks (KnownNetworks on .NET 8) and call app.UseForwardedHeaders().")]
    public static partial void SourceRefusedForwardedForIgnored(ILogger logger, string? remoteAddress, string forwardedFor);

    [LoggerMessage(11, LogLevel.Warning, "The 8x8 webhook source filter (AllowedSources) is on, but ForwardedHeadersOptions take X-Forwarded-For from any address (KnownProxies and {NetworksSetting} are empty): where app.UseForwardedHeaders() runs, anyone can forge a delivery's source address. Add your load balancer's address or network to one of them.")]
    public static partial void ForwardedHeadersTrustEveryone(ILogger logger, string networksSetting);

    [LoggerMessage(12, LogLevel.Error, "The 8x8 webhook claim store does not answer ({Reason}); until it does, deliveries are {Outcome}. This line is written once per outage; another says when the store answers again.")]
    public static partial void ClaimStoreDown(ILogger logger, string reason, string outcome);

    [LoggerMessage(13, LogLevel.Error, "The 8x8 webhook claim store does not answer at start-up ({Reason}): check its connection string. Until it answers, deliveries are {Outcome}; set FailStartupWhenStoreUnavailable to stop the start instead.")]
    public static partial void ClaimStoreDownAtStartup(ILogger logger, string reason, string outcome);

    [LoggerMessage(14, LogLevel.Information, "The 8x8 webhook claim store answers again; {ProcessedWithoutClaim} deliveries were processed without de-duplication meanwhile.")]
    public static partial void ClaimStoreBack(ILogger logger, long processedWithoutClaim);

    [LoggerMessage(15, LogLevel.Information, "A duplicate 8x8 webhook delivery ({DeduplicationKey}) waits for the outcome of the same event in flight.")]
    public static partial void WaitingForInFlight(ILogger logger, string deduplicationKey);

    [LoggerMessage(16, LogLevel.Warning, "Answered 503 to a duplicate 8x8 webhook delivery ({DeduplicationKey}): the same event was still in flight after {WaitSeconds} s.")]
    public static partial void StillInFlight(ILogger logger, string deduplicationKey, double waitSeconds);

    [LoggerMessage(17, LogLevel.Warning, "The claim of an 8x8 webhook delivery ({DeduplicationKey}) ran out while its handler still ran (the claim store lost it or was slow); a duplicate may run the handler too.")]
    public static partial void LeaseLost(ILogger logger, string deduplicationKey);
}
