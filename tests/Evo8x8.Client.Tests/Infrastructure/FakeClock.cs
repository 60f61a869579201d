using NodaTime;

namespace Evo8x8.Client.Tests.Infrastructure;

/// <summary>A clock that says what the test says (NodaTime.Testing is not restorable here).</summary>
public sealed class FakeClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public Instant GetCurrentInstant() => Now;
}
