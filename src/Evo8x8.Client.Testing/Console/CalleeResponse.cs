namespace Evo8x8.Client.Testing.Console;

/// <summary>What the developer does with a ringing call (<see cref="EmulatorConsole.Respond"/>); each ends the ringing as 8x8 would report it.</summary>
public enum CalleeResponse
{
    /// <summary>Picks up: the call connects (SIP 200) and its callflow plays.</summary>
    Answer,

    /// <summary>Declines: the call ends <c>BUSY</c> with SIP 603 (Decline), as networks report a declined call.</summary>
    Reject,

    /// <summary>The line is busy: <c>BUSY</c>, SIP 486.</summary>
    Busy,

    /// <summary>Lets it ring until 8x8 gives up: <c>NO_ANSWER</c>, SIP 480.</summary>
    NoAnswer,
}
