using NodaTime;

namespace Evo8x8.Client.Testing;

/// <summary>
/// The emulator's virtual clock: every timestamp it writes (API answers, webhooks, Evo sessions) and every
/// <c>validUntil</c> it checks comes from here. It starts at a fixed instant or follows another clock, and
/// only moves when <see cref="Advance"/> is called (plus the other clock's own progress). Thread-safe.
/// </summary>
public sealed class EmulatorClock : IClock
{
    /// <summary>The instant a default emulator starts at: the moment of 8x8's sample session summary.</summary>
    public static readonly Instant DefaultStart = Instant.FromUtc(2024, 3, 25, 6, 1, 28);

    private readonly IClock? _baseline;
    private readonly Instant _start;
    private long _offsetTicks;

    /// <summary>Creates a clock that stands still at <paramref name="start"/> until advanced.</summary>
    /// <param name="start">The first instant the clock shows.</param>
    public EmulatorClock(Instant start) => _start = start;

    /// <summary>Creates a clock that follows <paramref name="baseline"/> (for example <c>SystemClock.Instance</c>) plus any advance.</summary>
    /// <param name="baseline">The clock to follow.</param>
    public EmulatorClock(IClock baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        _baseline = baseline;
    }

    /// <summary>Moves the clock forward (or back, with a negative duration) without any real waiting.</summary>
    /// <param name="duration">How far to move.</param>
    public void Advance(Duration duration) => Interlocked.Add(ref _offsetTicks, duration.BclCompatibleTicks);

    /// <summary>Undoes every advance (the console's reset).</summary>
    internal void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);

    /// <inheritdoc />
    public Instant GetCurrentInstant()
        => (_baseline?.GetCurrentInstant() ?? _start) + Duration.FromTicks(Interlocked.Read(ref _offsetTicks));
}
