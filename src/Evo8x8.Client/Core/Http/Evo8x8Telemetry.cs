using System.Diagnostics.Metrics;
using System.Diagnostics;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// The <see cref="ActivitySource"/> and <see cref="Meter"/> every client reports through, both named
/// <c>Evo8x8.Client</c> so that OpenTelemetry picks them up with <c>AddSource</c> and <c>AddMeter</c>.
/// </summary>
/// <remarks>
/// Tags carry the service, the verb, the route template and the status, never a concrete path, so they hold
/// no ids, phone numbers or credentials.
/// </remarks>
internal static class Evo8x8Telemetry
{
    /// <summary>The name of the activity source, the meter and the log category.</summary>
    public const string Name = "Evo8x8.Client";

    public static readonly ActivitySource ActivitySource = new(Name, typeof(Evo8x8Telemetry).Assembly.GetName().Version?.ToString());

    private static readonly Meter Meter = new(Name, typeof(Evo8x8Telemetry).Assembly.GetName().Version?.ToString());

    private static readonly Histogram<double> AttemptDuration = Meter.CreateHistogram<double>(
        "evo8x8.client.request.duration", "s", "How long each attempt of a request took, answer body included.");

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "evo8x8.client.retries", "{retry}", "Requests sent again after a failed attempt.");

    private static readonly Counter<long> Failures = Meter.CreateCounter<long>(
        "evo8x8.client.failures", "{request}", "Requests that failed for good, after every retry.");

    /// <summary>Records one attempt; <paramref name="outcome"/> is the status code or the error's type name.</summary>
    public static void RecordAttempt(RequestFacts request, string outcome, int attempt, TimeSpan duration)
    {
        if (AttemptDuration.Enabled)
        {
            TagList tags = request.Tags(outcome);
            tags.Add("evo8x8.attempt", attempt);
            AttemptDuration.Record(duration.TotalSeconds, tags);
        }
    }

    /// <summary>Records that a request is about to be sent again because of <paramref name="outcome"/>.</summary>
    public static void RecordRetry(RequestFacts request, string outcome) => Retries.Add(1, request.Tags(outcome));

    /// <summary>Records a request that failed for good.</summary>
    public static void RecordFailure(RequestFacts request, string outcome) => Failures.Add(1, request.Tags(outcome));
}
