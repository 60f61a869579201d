namespace Evo8x8.Client.Tests.Infrastructure;

/// <summary>
/// A clock whose time moves only when the test calls <see cref="Advance"/>, so retry waits and timeouts are
/// tested without sleeping (Microsoft.Extensions.TimeProvider.Testing is not restorable here).
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Elapsed times (the total timeout's remainder, attempt durations) follow the same manual clock.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward and fires every timer that falls due, on the calling thread.</summary>
    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.Where(t => t.DueAt <= _now).OrderBy(t => t.DueAt).ToList();
            _timers.RemoveAll(due.Contains);
        }

        foreach (ManualTimer timer in due)
        {
            timer.Fire();
        }
    }

    /// <summary>Waits (in real time, at most 10 seconds) until a pending timer was set for a wait that <paramref name="match"/> accepts, and returns that wait.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match)
    {
        for (int i = 0; i < 1000; i++)
        {
            lock (_gate)
            {
                foreach (ManualTimer timer in _timers)
                {
                    if (match(timer.DueTime))
                    {
                        return timer.DueTime;
                    }
                }
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("No timer with the expected wait was set within 10 seconds.");
    }

    /// <summary>Waits until a pending timer was set for exactly <paramref name="wait"/>.</summary>
    public Task<TimeSpan> WaitForTimerAsync(TimeSpan wait) => WaitForTimerAsync(due => due == wait);

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset DueAt { get; private set; }

        public TimeSpan DueTime { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                DueTime = dueTime;
                DueAt = owner._now + dueTime;
                owner._timers.Add(this);
                return true;
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
