using System.Text.Json.Serialization;
using Evo8x8.Client.Serialization;
using NodaTime;

namespace Evo8x8.Client.VoiceMessaging;

/// <summary>
/// <c>sayAndCapture</c>: speaks a prompt, then collects the caller's key presses (DTMF), which reach the
/// application through the call action (VCA) webhook. Unset options take 8x8's defaults.
/// </summary>
/// <param name="PromptMessage">The prompt to speak; at most 3000 characters.</param>
/// <param name="VoiceProfile">The TTS voice, for example <c>en-US-JennyNeural</c>.</param>
public sealed record SayAndCaptureAction(string PromptMessage, string VoiceProfile) : CallflowAction(ActionName)
{
    /// <summary>The action's name on the wire.</summary>
    public const string ActionName = "sayAndCapture";

    /// <summary>Speaking speed from 0.5 to 2; 8x8 uses 1 when unset.</summary>
    public double? Speed { get; init; }

    /// <summary>How many times the prompt is played, 1 to 3 (guides pass it; the schema does not list it).</summary>
    public int? Repetition { get; init; }

    /// <summary>The fewest digits to collect, at least 1 (8x8's default 1); requires <see cref="MaxDigits"/> (-1003).</summary>
    public int? MinDigits { get; init; }

    /// <summary>The most digits to collect, at least <see cref="MinDigits"/> (8x8's default 1).</summary>
    public int? MaxDigits { get; init; }

    /// <summary>The longest pause between two digits; requires an <see cref="OverallTimeout"/> above it (-1005, -1006).</summary>
    [JsonConverter(typeof(MillisecondsDurationJsonConverter))]
    public Duration? DigitTimeout { get; init; }

    /// <summary>How long to wait for the whole input (8x8's default 5 seconds); sent in milliseconds.</summary>
    [JsonConverter(typeof(MillisecondsDurationJsonConverter))]
    public Duration? OverallTimeout { get; init; }

    /// <summary>Whether <c>#</c> ends the input (8x8's default true); when false, <see cref="MaxDigits"/> is required (-1008).</summary>
    public bool? CompleteOnHash { get; init; }

    /// <summary>How many times the prompt is offered when the caller presses nothing, at least 1 (8x8's default 1).</summary>
    public int? NoOfTries { get; init; }

    /// <summary>Spoken when the input was collected.</summary>
    public string? SuccessMessage { get; init; }

    /// <summary>Spoken when no valid input came after every try.</summary>
    public string? FailureMessage { get; init; }
}
