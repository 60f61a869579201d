using NodaTime;

namespace Evo8x8.Client.Testing.Voice.Calls;

/// <summary>One simulated call leg (<c>callA</c>, and <c>callB</c> when a second <c>makeCall</c> bridges a call).</summary>
internal sealed class CallLeg(string key, string source, string destination, Instant initiated)
{
    /// <summary>The key of the leg in the summary's <c>details</c>.</summary>
    public string Key { get; } = key;

    public string CallId { get; } = Guid.NewGuid().ToString();

    public string Source { get; } = source;

    public string Destination { get; } = destination;

    public Instant Initiated { get; } = initiated;

    public Instant? Connected { get; private set; }

    public Instant? Disconnected { get; private set; }

    /// <summary>The leg's <c>callStatus</c> once it ended: COMPLETED, NO_ANSWER, BUSY, FAILED or ERROR.</summary>
    public string? Status { get; private set; }

    /// <summary>Whole seconds between connection and disconnection; 0 for a leg never connected.</summary>
    public long DurationSeconds => Connected is { } from && Disconnected is { } to ? (long)(to - from).TotalSeconds : 0;

    public bool IsUp => Connected is not null && Disconnected is null;

    public void Connect(Instant at) => Connected = at;

    public void End(Instant at, string status)
    {
        Disconnected = at;
        Status = status;
    }
}
