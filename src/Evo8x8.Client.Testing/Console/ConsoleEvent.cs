using NodaTime;

namespace Evo8x8.Client.Testing.Console;

/// <summary>
/// One line of the console's journal, as the page and its event stream show it: what happened, to which session,
/// and the detail behind it. Secrets (API key, Evo password, webhook <c>Authorization</c> values) are masked as
/// <c>***</c> in <see cref="Summary"/> and <see cref="Detail"/>.
/// </summary>
/// <param name="Sequence">The event's number, from 1, increasing for the emulator's whole life (a reset does not restart it).</param>
/// <param name="Kind">What it reports.</param>
/// <param name="At">The time of the event: the simulated call's own time for call events, the emulator clock's otherwise.</param>
/// <param name="SessionId">The 8x8 session it belongs to, or <see langword="null"/>.</param>
/// <param name="SubAccountId">The 8x8 subaccount of the session, or <see langword="null"/>.</param>
/// <param name="Destination">The number called in that session, or <see langword="null"/>.</param>
/// <param name="Summary">One line for a person, for example <c>VCA CALL_ACTION → 200 in 12 ms</c>.</param>
/// <param name="Detail">The JSON (or text) behind it, or <see langword="null"/>.</param>
/// <param name="DeliveryNumber">For <see cref="ConsoleEventKind.WebhookSent"/>, the number to replay it by (<c>POST /console/api/deliveries/{n}/replay</c>).</param>
public sealed record ConsoleEvent(
    long Sequence,
    ConsoleEventKind Kind,
    Instant At,
    string? SessionId,
    string? SubAccountId,
    string? Destination,
    string Summary,
    string? Detail,
    int? DeliveryNumber = null)
{
    /// <summary>The number, kind, session and summary on one line.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"#{Sequence} {Kind} {SessionId ?? "-"}: {Summary}";
}
