using NodaTime;

namespace Evo8x8.Client.VoiceMessaging;

/// <summary>
/// What callflow validation checks against beyond the callflow itself: the current time (for
/// <c>validUntil</c>) and, when the caller opts in, the voice profiles 8x8 offers.
/// </summary>
public sealed class CallflowValidationOptions
{
    /// <summary>The clock <c>validUntil</c> is checked against; the system clock unless a test injects a fake one.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>
    /// The voice profile codes 8x8 offers (from the speech profiles API); when set, an unknown
    /// <c>voiceProfile</c> is reported as -1002 before sending. <see langword="null"/> skips the check.
    /// </summary>
    public IReadOnlySet<string>? KnownVoiceProfiles { get; init; }
}
