using System.Threading.RateLimiting;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>
/// At most N requests in any one second, on a clock given by a <see cref="TimeProvider"/>: the start times of the last
/// N requests are kept, and a request that would be the N+1st within a second waits until the oldest is a second
/// old. Waiters are served in turn. Unlike the segment-based limiters, it is exact for every window and its time can
/// be driven by a test clock.
/// </summary>
internal sealed class TenantRequestLimiter(int permitsPerSecond, TimeProvider time) : RateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Queue<DateTimeOffset> _starts = new();
    private readonly SemaphoreSlim _turn = new(1, 1);
    private long _queued;

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_starts)
        {
            Forget(time.GetUtcNow());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = permitsPerSecond - _starts.Count,
                CurrentQueuedCount = Interlocked.Read(ref _queued),
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
        => permitCount == 0 || (_turn.Wait(0) && TryTakeAndRelease()) ? Lease.Granted : Lease.Refused;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0)
        {
            return Lease.Granted;
        }

        Interlocked.Increment(ref _queued);
        try
        {
            await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                while (!TryTake(out TimeSpan wait))
                {
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                }

                return Lease.Granted;
            }
            finally
            {
                _turn.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _queued);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _turn.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool TryTakeAndRelease()
    {
        try
        {
            return TryTake(out _);
        }
        finally
        {
            _turn.Release();
        }
    }

    private bool TryTake(out TimeSpan wait)
    {
        lock (_starts)
        {
            DateTimeOffset now = time.GetUtcNow();
            Forget(now);
            if (_starts.Count < permitsPerSecond)
            {
                _starts.Enqueue(now);
                wait = TimeSpan.Zero;
                return true;
            }

            wait = _starts.Peek() + Window - now;
            return false;
        }
    }

    private void Forget(DateTimeOffset now)
    {
        while (_starts.Count > 0 && now - _starts.Peek() >= Window)
        {
            _starts.Dequeue();
        }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);

        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
