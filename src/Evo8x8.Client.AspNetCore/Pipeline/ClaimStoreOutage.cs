using System.Diagnostics.Metrics;
using Evo8x8.Client.AspNetCore.Deduplication;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// Whether the claim store answers, seen from every delivery: one log line when an outage starts and one when it ends
/// (never one per delivery, never a stack trace per delivery), and the count of deliveries processed without a claim.
/// </summary>
internal sealed class ClaimStoreOutage
{
    public const string MeterName = "Evo8x8.Client.AspNetCore";

    public const string ProcessedWithoutClaimInstrument = "evo8x8.webhooks.processed_without_claim";

    private static readonly Meter SharedMeter = new(MeterName);

    private readonly ILogger _logger;
    private readonly Counter<long> _processedWithoutClaim;
    private int _down;
    private long _processedWithoutClaimDuringOutage;
    private long _processedWithoutClaimTotal;

    public ClaimStoreOutage(ILoggerFactory? loggerFactory = null, IMeterFactory? meterFactory = null)
    {
        _logger = loggerFactory?.CreateLogger(WebhookLog.Category) ?? NullLogger.Instance;
        Meter meter = meterFactory?.Create(MeterName) ?? SharedMeter;
        _processedWithoutClaim = meter.CreateCounter<long>(
            ProcessedWithoutClaimInstrument,
            unit: "{delivery}",
            description: "8x8 webhook deliveries whose handler ran without a de-duplication claim because the claim store did not answer.");
    }

    public bool IsDown => Volatile.Read(ref _down) == 1;

    public long ProcessedWithoutClaimTotal => Interlocked.Read(ref _processedWithoutClaimTotal);

    /// <summary>The store failed; logs only when this starts an outage.</summary>
    public void Failed(Exception exception, ClaimStoreUnavailableBehavior behavior)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            WebhookLog.ClaimStoreDown(logger: _logger, reason: Describe(exception), outcome: Outcome(behavior));
        }
    }

    /// <summary>The store did not answer while the application started; logged as an error, and the outage begins.</summary>
    public void FailedAtStartup(Exception exception, ClaimStoreUnavailableBehavior behavior)
    {
        Interlocked.Exchange(ref _down, 1);
        WebhookLog.ClaimStoreDownAtStartup(_logger, Describe(exception), Outcome(behavior));
    }

    /// <summary>The store answered; logs only when this ends an outage.</summary>
    public void Answered()
    {
        if (Volatile.Read(ref _down) == 1 && Interlocked.Exchange(ref _down, 0) == 1)
        {
            WebhookLog.ClaimStoreBack(_logger, Interlocked.Exchange(ref _processedWithoutClaimDuringOutage, 0));
        }
    }

    public void ProcessedWithoutClaim(string? eventType)
    {
        Interlocked.Increment(ref _processedWithoutClaimDuringOutage);
        Interlocked.Increment(ref _processedWithoutClaimTotal);
        _processedWithoutClaim.Add(1, new KeyValuePair<string, object?>("event_type", eventType));
    }

    /// <summary>The exception's type and first line: enough to tell a wrong address from a timeout, without its stack.</summary>
    public static string Describe(Exception exception)
    {
        string message = exception.Message;
        int newline = message.IndexOfAny(['\r', '\n']);
        return $"{exception.GetType().Name}: {(newline < 0 ? message : message[..newline])}";
    }

    public static string Outcome(ClaimStoreUnavailableBehavior behavior)
        => behavior == ClaimStoreUnavailableBehavior.Answer503
            ? "answered 503 without running the handler"
            : "processed without de-duplication (counted in " + ProcessedWithoutClaimInstrument + ")";
}
