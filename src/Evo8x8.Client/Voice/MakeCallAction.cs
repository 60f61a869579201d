namespace Evo8x8.Client.Voice;

/// <summary>
/// <c>makeCall</c>: places an outbound call; must come first, and a second one is bridged to the first once
/// answered (at most two per callflow).
/// </summary>
/// <param name="Source">The caller ID, an E.164 number (a leading <c>+</c> is accepted).</param>
/// <param name="Destination">The number to call, in E.164 form (a leading <c>+</c> is accepted).</param>
public sealed record MakeCallAction(string Source, string Destination) : CallflowAction(ActionName)
{
    /// <summary>The action's name on the wire.</summary>
    public const string ActionName = "makeCall";

    /// <summary>
    /// Whether 8x8 records the session (JSON <c>callRecording</c>); omitted when <see langword="null"/>. It needs
    /// recording enabled on the account by 8x8 (possibly at extra cost) and a recording push configuration. 8x8
    /// documents it only in call action replies; whether <c>POST /callflows</c> accepts it is unconfirmed (its
    /// OpenAPI file allows only source and destination), so the SDK sends it in both and lets 8x8 decide.
    /// </summary>
    public bool? CallRecording { get; init; }
}
