namespace Evo8x8.Client.Voice.SpeechProfiles;

/// <summary>One text-to-speech voice: its code is what <c>voiceProfile</c> of a <c>say</c> action names.</summary>
public sealed class SpeechProfile
{
    /// <summary>The code a callflow names as <c>voiceProfile</c>, for example <c>en-US-Standard-A</c>.</summary>
    public string? SpeechProfileCode { get; init; }

    /// <summary>The language and region of the voice, for example <c>en-US</c>.</summary>
    public string? LocaleCode { get; init; }

    /// <summary>The language in words, as 8x8 writes it (for example <c>EnglishUS</c>).</summary>
    public string? LocaleDescription { get; init; }

    /// <summary>The voice's gender, <c>F</c> or <c>M</c>.</summary>
    public SpeechProfileGender? Gender { get; init; }
}
