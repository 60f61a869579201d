namespace Evo8x8.Client.VoiceMessaging;

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
}
