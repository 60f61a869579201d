namespace Evo8x8.Client.Testing;

/// <summary>How a simulated call to one destination ends; each outcome maps to the session status 8x8 reports.</summary>
public enum CallOutcome
{
    /// <summary>The callee answers, the callflow runs to its end: session status <c>COMPLETED</c>.</summary>
    Answered,

    /// <summary>The phone rings until 8x8 gives up: <c>NO_ANSWER</c>, no connected time, duration 0.</summary>
    NoAnswer,

    /// <summary>The line is busy: <c>BUSY</c>.</summary>
    Busy,

    /// <summary>The network fails to set the call up: <c>FAILED</c>.</summary>
    Failed,

    /// <summary>The number cannot be reached at all: <c>ERROR</c> with <c>errorDetails</c> -2004 "No coverage available for requested area".</summary>
    InvalidNumber,

    /// <summary>
    /// The call rings on the developer's phone, the emulator's console at <c>/console</c> (or
    /// <see cref="Console.EmulatorConsole.Respond"/>), until they answer, reject, say busy or let it ring out; its
    /// <c>sayAndCapture</c> keys come from their keypad (<see cref="Console.EmulatorConsole.Press"/>) and they may hang up.
    /// </summary>
    WaitForDeveloper,
}
