using Evo8x8.Client.Voice.SpeechProfiles;
using NodaTime;

namespace Evo8x8.Client.Voice;

/// <summary>
/// What callflow validation checks against beyond the callflow itself: the current time (for
/// <c>validUntil</c>) and, when the caller opts in, the voice profiles 8x8 offers.
/// </summary>
public sealed class CallflowValidationOptions
{
    /// <summary>The defaults, shared so that a flow built with them is not checked again by a client that uses them too.</summary>
    internal static readonly CallflowValidationOptions Default = new();

    /// <summary>The clock <c>validUntil</c> is checked against; the system clock unless a test injects a fake one.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>
    /// The voice profile codes 8x8 offers (from the speech profiles API); when set, an unknown
    /// <c>voiceProfile</c> is reported as -1002 before sending. <see langword="null"/> skips the check.
    /// </summary>
    public IReadOnlySet<string>? KnownVoiceProfiles { get; init; }

    /// <summary>
    /// Options that check every <c>voiceProfile</c> against the voices 8x8 listed (from
    /// <see cref="ISpeechProfilesApi.ListAsync"/>), so that an unknown one is reported as -1002 before sending.
    /// Codes are compared ignoring case, because 8x8 does not document whether it does.
    /// </summary>
    /// <param name="profiles">The voices 8x8 offers; an empty list makes every voice profile unknown.</param>
    /// <param name="clock">The clock <c>validUntil</c> is checked against; the system clock when <see langword="null"/>.</param>
    /// <returns>The options, ready for <see cref="CallflowBuilder(CallflowValidationOptions)"/> or the client.</returns>
    public static CallflowValidationOptions FromSpeechProfiles(IEnumerable<SpeechProfile> profiles, IClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (SpeechProfile profile in profiles)
        {
            if (!string.IsNullOrEmpty(profile?.SpeechProfileCode))
            {
                codes.Add(profile.SpeechProfileCode);
            }
        }

        return new CallflowValidationOptions { Clock = clock ?? SystemClock.Instance, KnownVoiceProfiles = codes };
    }
}
