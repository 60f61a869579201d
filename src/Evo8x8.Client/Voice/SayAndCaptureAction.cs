using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Voice;

/// <summary>
/// <c>sayAndCapture</c>: speaks a prompt, then collects the caller's key presses (DTMF), which reach the
/// application through the call action (VCA) webhook. Unset options are not sent, so 8x8 applies its defaults;
/// where 8x8's OpenAPI file and its IVR guide state different defaults, each property says which says what.
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

    /// <summary>The fewest digits to collect, at least 1 (OpenAPI default 1; the IVR guide states none); requires <see cref="MaxDigits"/> (-1003).</summary>
    public int? MinDigits { get; init; }

    /// <summary>The most digits to collect, at least <see cref="MinDigits"/>; the OpenAPI file says the default is 1, the IVR guide 25.</summary>
    public int? MaxDigits { get; init; }

    /// <summary>
    /// The longest pause between two digits, sent in milliseconds (no default). 8x8's code table wants an
    /// <see cref="OverallTimeout"/> above it (-1005, -1006), but its own examples send none or an equal one, so those
    /// two cases are warnings, not errors.
    /// </summary>
    [JsonConverter(typeof(MillisecondsDurationJsonConverter))]
    public Duration? DigitTimeout { get; init; }

    /// <summary>How long to wait for the whole input, sent in milliseconds; the OpenAPI file says the default is 5000 ms, the IVR guide 30000 ms.</summary>
    [JsonConverter(typeof(MillisecondsDurationJsonConverter))]
    public Duration? OverallTimeout { get; init; }

    /// <summary>Whether <c>#</c> ends the input (default true in both the OpenAPI file and the IVR guide); when false, <see cref="MaxDigits"/> is required (-1008).</summary>
    public bool? CompleteOnHash { get; init; }

    /// <summary>How many times the prompt is offered when input fails, at least 1; the OpenAPI file says the default is 1 try, the IVR guide 3.</summary>
    public int? NoOfTries { get; init; }

    /// <summary>Spoken when the input was collected.</summary>
    public string? SuccessMessage { get; init; }

    /// <summary>Spoken when no valid input came after every try.</summary>
    public string? FailureMessage { get; init; }
}
