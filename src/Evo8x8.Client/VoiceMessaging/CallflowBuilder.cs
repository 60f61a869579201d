using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Evo8x8.Client.VoiceMessaging;

/// <summary>
/// Builds a <see cref="Callflow"/> one action at a time and checks the whole flow against 8x8's rules before
/// anything is sent: <see cref="Build"/> throws one exception listing every problem, <see cref="TryBuild"/>
/// and <see cref="Validate"/> return the same list without throwing.
/// </summary>
/// <remarks>
/// Builder methods never throw: a missing or wrong argument is reported by validation with its JSON path.
/// A builder is mutable and not thread-safe; use one per callflow. Each built <see cref="Callflow"/> is an
/// immutable snapshot, so the builder can be reused afterwards.
/// </remarks>
public sealed partial class CallflowBuilder
{
    private readonly List<CallflowAction> _actions = [];
    private readonly CallflowValidationOptions _validation;
    private Instant? _validUntil;

    /// <summary>Creates a builder that checks <c>validUntil</c> against the system clock.</summary>
    public CallflowBuilder()
        : this(CallflowValidationOptions.Default)
    {
    }

    /// <summary>Creates a builder that checks <c>validUntil</c> against the given clock (a fake one in tests).</summary>
    /// <param name="clock">The clock that says what "now" is.</param>
    public CallflowBuilder(IClock clock)
        : this(new CallflowValidationOptions { Clock = clock ?? throw new ArgumentNullException(nameof(clock)) })
    {
    }

    /// <summary>Creates a builder with explicit validation options, for example the known voice profiles.</summary>
    /// <param name="validation">What validation checks against.</param>
    public CallflowBuilder(CallflowValidationOptions validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        _validation = validation;
    }

    /// <summary>The actions added so far, in order.</summary>
    public IReadOnlyList<CallflowAction> Actions => _actions;

    /// <summary>Sets the moment after which 8x8 must not start the session (refused with -1015 once past).</summary>
    /// <param name="validUntil">The deadline.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder ValidUntil(Instant validUntil)
    {
        _validUntil = validUntil;
        return this;
    }

    /// <summary>Sets <c>validUntil</c> to the builder's clock's "now" plus <paramref name="validity"/>.</summary>
    /// <param name="validity">How long from now the request stays valid.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder ValidFor(Duration validity)
        => ValidUntil(_validation.Clock.GetCurrentInstant() + validity);

    /// <summary>Adds <c>makeCall</c>: calls <paramref name="destination"/> showing <paramref name="source"/> as caller ID.</summary>
    /// <param name="source">The caller ID, an E.164 number (a leading <c>+</c> is accepted).</param>
    /// <param name="destination">The number to call, an E.164 number.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder MakeCall(string source, string destination)
        => Add(new MakeCallAction(source, destination));

    /// <summary>Adds <c>say</c>: speaks <paramref name="text"/> with a TTS voice.</summary>
    /// <param name="text">What to say; at most 3000 characters.</param>
    /// <param name="voiceProfile">The TTS voice, for example <c>en-IE-EmilyNeural</c>.</param>
    /// <param name="repetition">How many times to play it, 1 to 3; 8x8's default is 1.</param>
    /// <param name="speed">Speaking speed from 0.5 to 2; 8x8's default is 1.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder Say(string text, string voiceProfile, int? repetition = null, double? speed = null)
        => Add(new SayAction(text, voiceProfile) { Repetition = repetition, Speed = speed });

    /// <summary>Adds <c>playFile</c>: plays an mp3 or wav file of at most 5 MB.</summary>
    /// <param name="fileUrl">The absolute http or https address of the file.</param>
    /// <param name="repetition">How many times to play it, 1 to 3; 8x8's default is 1.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder PlayFile(string fileUrl, int? repetition = null)
        => Add(new PlayFileAction(fileUrl) { Repetition = repetition });

    /// <summary>Adds <c>playFile</c> from a <see cref="Uri"/>.</summary>
    /// <param name="fileUrl">The absolute http or https address of the file.</param>
    /// <param name="repetition">How many times to play it, 1 to 3; 8x8's default is 1.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder PlayFile(Uri fileUrl, int? repetition = null)
        => PlayFile(fileUrl?.OriginalString!, repetition);

    /// <summary>
    /// Adds <c>sayAndCapture</c>: speaks a prompt and collects key presses, which arrive by the call action
    /// webhook. Every option left <see langword="null"/> takes 8x8's default.
    /// </summary>
    /// <param name="promptMessage">The prompt; at most 3000 characters.</param>
    /// <param name="voiceProfile">The TTS voice.</param>
    /// <param name="minDigits">The fewest digits to collect (default 1); needs <paramref name="maxDigits"/>.</param>
    /// <param name="maxDigits">The most digits to collect (default 1).</param>
    /// <param name="digitTimeout">The longest pause between digits; needs a longer <paramref name="overallTimeout"/>.</param>
    /// <param name="overallTimeout">How long to wait for the whole input (default 5 s).</param>
    /// <param name="completeOnHash">Whether <c>#</c> ends input (default true); false needs <paramref name="maxDigits"/>.</param>
    /// <param name="noOfTries">How often the prompt is offered without input (default 1).</param>
    /// <param name="successMessage">Spoken after valid input.</param>
    /// <param name="failureMessage">Spoken when every try failed.</param>
    /// <param name="speed">Speaking speed from 0.5 to 2.</param>
    /// <param name="repetition">How many times the prompt is played, 1 to 3.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder SayAndCapture(
        string promptMessage,
        string voiceProfile,
        int? minDigits = null,
        int? maxDigits = null,
        Duration? digitTimeout = null,
        Duration? overallTimeout = null,
        bool? completeOnHash = null,
        int? noOfTries = null,
        string? successMessage = null,
        string? failureMessage = null,
        double? speed = null,
        int? repetition = null)
        => Add(new SayAndCaptureAction(promptMessage, voiceProfile)
        {
            MinDigits = minDigits,
            MaxDigits = maxDigits,
            DigitTimeout = digitTimeout,
            OverallTimeout = overallTimeout,
            CompleteOnHash = completeOnHash,
            NoOfTries = noOfTries,
            SuccessMessage = successMessage,
            FailureMessage = failureMessage,
            Speed = speed,
            Repetition = repetition,
        });

    /// <summary>Adds <c>hangup</c>: ends every call of the session; must be last.</summary>
    /// <returns>This builder.</returns>
    public CallflowBuilder Hangup() => Add(new HangupAction());

    /// <summary>Adds an action made elsewhere, for example one read from configuration.</summary>
    /// <param name="action">The action; a <see langword="null"/> one is reported by validation.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder Add(CallflowAction action)
    {
        _actions.Add(action);
        return this;
    }

    /// <summary>Checks the flow as a new session (makeCall first) and returns every problem; empty when valid.</summary>
    /// <returns>The problems, in callflow order.</returns>
    public IReadOnlyList<CallflowProblem> Validate()
        => CallflowRules.Validate(_actions, _validUntil, _validation, isReply: false);

    /// <summary>Builds the callflow when it is valid; otherwise returns <see langword="false"/> and every problem.</summary>
    /// <param name="callflow">The callflow, when valid.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>Whether the callflow is valid.</returns>
    public bool TryBuild([NotNullWhen(true)] out Callflow? callflow, out IReadOnlyList<CallflowProblem> problems)
    {
        problems = Validate();
        callflow = problems.Count == 0 ? new Callflow([.. _actions], _validUntil) { ValidatedWith = _validation } : null;
        return callflow is not null;
    }

    /// <summary>Builds the callflow, or throws one exception that lists every problem.</summary>
    /// <returns>An immutable callflow, ready to send.</returns>
    /// <exception cref="CallflowValidationException">The flow breaks one or more of 8x8's rules.</exception>
    public Callflow Build()
        => TryBuild(out Callflow? callflow, out IReadOnlyList<CallflowProblem> problems)
            ? callflow
            : throw new CallflowValidationException(problems);
}
