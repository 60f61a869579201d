namespace Evo8x8.Client.Voice;

/// <summary><c>say</c>: speaks a text (at most 3000 characters) into the active call with a TTS voice profile.</summary>
/// <param name="Text">What to say; at most 3000 characters.</param>
/// <param name="VoiceProfile">The TTS voice, for example <c>en-IE-EmilyNeural</c> (see the speech profiles API).</param>
public sealed record SayAction(string Text, string VoiceProfile) : CallflowAction(ActionName)
{
    /// <summary>The action's name on the wire.</summary>
    public const string ActionName = "say";

    /// <summary>How many times the text is played, 1 to 3; 8x8 plays it once when unset.</summary>
    public int? Repetition { get; init; }

    /// <summary>Speaking speed from 0.5 to 2; 8x8 uses 1 when unset.</summary>
    public double? Speed { get; init; }
}
