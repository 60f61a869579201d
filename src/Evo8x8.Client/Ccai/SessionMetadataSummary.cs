using NodaTime;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// The figures a contact-center report starts from, computed in one pass over a batch of session metadata:
/// counts by status and type, average handle and wait time, and the CSAT distribution.
/// </summary>
public sealed class SessionMetadataSummary
{
    private readonly Dictionary<CcaiSessionStatus, long> _byStatus = [];
    private readonly Dictionary<CcaiSessionType, long> _byType = [];
    private readonly Dictionary<int, long> _csat = [];
    // Sums in nanoseconds as Int128: durations near NodaTime's edge add up past what a Duration can hold.
    private Int128 _handleTotal;
    private long _handleCount;
    private Int128 _waitTotal;
    private long _waitCount;
    private long _ratingTotal;

    private SessionMetadataSummary()
    {
    }

    /// <summary>How many records were summarized.</summary>
    public long Count { get; private set; }

    /// <summary>Records per status; records without a status are not counted here.</summary>
    public IReadOnlyDictionary<CcaiSessionStatus, long> CountByStatus => _byStatus;

    /// <summary>Records per <see cref="SessionMetadata.Type"/> (types compare ignoring case); records without a type are not counted here.</summary>
    public IReadOnlyDictionary<CcaiSessionType, long> CountByType => _byType;

    /// <summary>The mean handle time (<see cref="SessionMetadata.HandleTime"/>, call or chat) of the records that have one; <see langword="null"/> if none do.</summary>
    public Duration? AverageHandleTime => _handleCount == 0 ? null : Average(_handleTotal, _handleCount);

    /// <summary>The mean queue wait (<see cref="SessionMetadata.WaitDuration"/>, else <see cref="SessionMetadata.QueueDuration"/>) of the records that have one.</summary>
    public Duration? AverageWaitTime => _waitCount == 0 ? null : Average(_waitTotal, _waitCount);

    /// <summary>Rated sessions per CSAT rating; a rating of 0 or none means the session was not rated and is left out.</summary>
    public IReadOnlyDictionary<int, long> CsatDistribution => _csat;

    /// <summary>The mean CSAT rating of the rated sessions; <see langword="null"/> if none was rated.</summary>
    public double? AverageRating
    {
        get
        {
            long rated = _csat.Values.Sum();
            return rated == 0 ? null : (double)_ratingTotal / rated;
        }
    }

    /// <summary>Summarizes records already in memory.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The summary.</returns>
    public static SessionMetadataSummary Create(IEnumerable<SessionMetadata> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        SessionMetadataSummary summary = new();
        foreach (SessionMetadata record in records)
        {
            summary.Add(record);
        }

        return summary;
    }

    /// <summary>Summarizes a stream of records, such as a <see cref="SessionMetadataReader"/> batch, holding none of them.</summary>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>The summary.</returns>
    public static async Task<SessionMetadataSummary> CreateAsync(IAsyncEnumerable<SessionMetadata> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        SessionMetadataSummary summary = new();
        await foreach (SessionMetadata record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            summary.Add(record);
        }

        return summary;
    }

    private void Add(SessionMetadata record)
    {
        Count++;
        if (record.Status is { } status)
        {
            _byStatus[status] = _byStatus.GetValueOrDefault(status) + 1;
        }

        if (record.Type is { } type)
        {
            _byType[type] = _byType.GetValueOrDefault(type) + 1;
        }

        if (record.HandleTime is { } handle)
        {
            _handleTotal += Nanoseconds(handle);
            _handleCount++;
        }

        if ((record.WaitDuration ?? record.QueueDuration) is { } wait)
        {
            _waitTotal += Nanoseconds(wait);
            _waitCount++;
        }

        if (record.Rating is { } rating and > 0)
        {
            _csat[rating] = _csat.GetValueOrDefault(rating) + 1;
            _ratingTotal += rating;
        }
    }

    private const long NanosecondsPerDay = 86_400_000_000_000;

    private static Int128 Nanoseconds(Duration duration) => ((Int128)duration.Days * NanosecondsPerDay) + duration.NanosecondOfDay;

    // The mean of durations lies within their range, so it always fits a Duration again.
    private static Duration Average(Int128 total, long count)
    {
        Int128 mean = total / count;
        Int128 days = mean / NanosecondsPerDay;
        Int128 rest = mean % NanosecondsPerDay;
        return Duration.FromDays((int)days) + Duration.FromNanoseconds((long)rest);
    }
}
