namespace Evo8x8.Client.Testing.Console;

/// <summary>What a <see cref="ConsoleEvent"/> reports; the console draws each kind on a call's timeline or in its own list.</summary>
public enum ConsoleEventKind
{
    /// <summary>A callflow was accepted and its call begins; the detail is the callflow's actions as JSON.</summary>
    CallStarted,

    /// <summary>A call to a destination the developer takes (<see cref="CallOutcome.WaitForDeveloper"/>) is ringing in the console.</summary>
    Ringing,

    /// <summary>The developer answered, rejected, said busy or let the call ring out.</summary>
    CalleeResponded,

    /// <summary>An action of the callflow (or of a call action reply) played; the detail is the action as JSON.</summary>
    ActionPlayed,

    /// <summary>A <c>sayAndCapture</c> waits for keys from the developer's keypad; the detail gives its prompt, digits and timeouts.</summary>
    CaptureWaiting,

    /// <summary>The keys collected for a <c>sayAndCapture</c>, as they go to the app in the call action webhook.</summary>
    KeysCaptured,

    /// <summary>A webhook event was posted to the app (or had no registered webhook); the detail is the body and the app's answer.</summary>
    WebhookSent,

    /// <summary>A request or a call action reply was refused; the summary carries 8x8's (or Evo's) code.</summary>
    Refused,

    /// <summary>A request to the emulated APIs was answered; the detail is its method, path, masked headers and body.</summary>
    Request,

    /// <summary>The call ended and its session summary was produced; the summary names the session status.</summary>
    CallEnded,

    /// <summary>Evo Voice sessions changed; the detail lists every session the emulator keeps.</summary>
    EvoSessions,

    /// <summary>Something was done to the emulator by hand: the clock advanced, a fault queued, a delivery replayed, state imported.</summary>
    Control,

    /// <summary>The emulator was reset (or state imported): every earlier event is gone.</summary>
    Reset,
}
