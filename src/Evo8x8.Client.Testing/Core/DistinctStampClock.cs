using NodaTime;

namespace Evo8x8.Client.Testing.Core;

/// <summary>
/// Stamps records with the emulator clock's time, but never twice the same: on a clock that stands still, each stamp
/// is one second after the one before, so records created one after another have distinct, ordered dates.
/// </summary>
internal sealed class DistinctStampClock(IClock clock) : IClock
{
    private static readonly Duration Step = Duration.FromSeconds(1);

    private readonly object _gate = new();
    private Instant? _last;

    public Instant GetCurrentInstant()
    {
        lock (_gate)
        {
            Instant now = clock.GetCurrentInstant();
            Instant stamp = _last is { } last && now <= last ? last + Step : now;
            _last = stamp;
            return stamp;
        }
    }
}
