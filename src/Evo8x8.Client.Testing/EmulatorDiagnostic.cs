using NodaTime;

namespace Evo8x8.Client.Testing;

/// <summary>
/// One thing the emulator refused, and why, in JSON and HTTP words: a request it answered with an error, or a
/// webhook reply that ended a session. Read them from <see cref="Evo8x8Emulator.Diagnostics"/> when a test fails.
/// </summary>
/// <param name="Route">The operation that refused; for a refused webhook reply, <see cref="EmulatorRoute.SendCallflow"/>.</param>
/// <param name="HttpStatus">The HTTP status answered, or <see langword="null"/> for a refused webhook reply (the session ended instead).</param>
/// <param name="StatusCode">The service's own code, for example <c>-1002</c>, or the HTTP status when the service has none.</param>
/// <param name="Message">The message, as answered (or, for a reply, as the session summary would need to explain it).</param>
/// <param name="JsonPath">Where in the JSON the problem is, for example <c>$.callflow[1].params.voiceProfile</c>, when known.</param>
/// <param name="Value">The refused value as sent, when there is one.</param>
/// <param name="SessionId">The 8x8 session a refused webhook reply ended, otherwise <see langword="null"/>.</param>
/// <param name="At">The emulator clock's time of the refusal.</param>
public sealed record EmulatorDiagnostic(
    EmulatorRoute Route,
    int? HttpStatus,
    int StatusCode,
    string Message,
    string? JsonPath,
    string? Value,
    string? SessionId,
    Instant At)
{
    /// <summary>The code, the path and the message in one line, as a test failure should show it.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
        => $"{Route} {HttpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(reply)"} {StatusCode}{(JsonPath is null ? string.Empty : $" at {JsonPath}")}: {Message}";
}
