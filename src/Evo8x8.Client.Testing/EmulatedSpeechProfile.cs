namespace Evo8x8.Client.Testing;

/// <summary>One text-to-speech voice the emulator offers, as <c>GET /speech-profiles</c> lists it.</summary>
/// <param name="SpeechProfileCode">The code a callflow names as <c>voiceProfile</c>, for example <c>en-GB-Emma</c>.</param>
/// <param name="LocaleCode">The locale, for example <c>en-GB</c>.</param>
/// <param name="LocaleDescription">The locale's name, for example <c>EnglishUK</c>.</param>
/// <param name="Gender"><c>F</c> or <c>M</c>.</param>
public sealed record EmulatedSpeechProfile(string SpeechProfileCode, string LocaleCode, string LocaleDescription, string Gender)
{
    /// <summary>
    /// The profiles of 8x8's documentation and of this SDK's README, samples and XML docs, so documented callflows pass
    /// unchanged; add your own with <c>SpeechProfiles = [.. EmulatedSpeechProfile.Defaults, new(…)]</c>.
    /// </summary>
    public static IReadOnlyList<EmulatedSpeechProfile> Defaults { get; } =
    [
        new("en-US-JennyNeural", "en-US", "EnglishUS", "F"),
        new("en-US-Standard-A", "en-US", "EnglishUS", "F"),
        new("en-US-ZiraRUS", "en-US", "EnglishUS", "F"),
        new("en-US-Neural2-C", "en-US", "EnglishUS", "F"),
        new("en-GB-Emma", "en-GB", "EnglishUK", "F"),
        new("en-IE-EmilyNeural", "en-IE", "EnglishIreland", "F"),
        new("da-DK-Naja", "da-DK", "Danish", "F"),
    ];
}
