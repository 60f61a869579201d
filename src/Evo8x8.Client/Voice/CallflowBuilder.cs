using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Evo8x8.Client.Voice;

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
    private string? _clientRequestId;
    private string? _clientBatchId;

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

    /// <summary>
    /// Sets <c>clientRequestId</c> (at most 50 characters), which the session summary echoes so you can match it to this
    /// request. Not an idempotency key: 8x8 places a second call for a second request with the same value.
    /// </summary>
    /// <param name="clientRequestId">Your identifier, for example an order number; <see langword="null"/> removes it.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder ClientRequestId(string? clientRequestId)
    {
        _clientRequestId = clientRequestId;
        return this;
    }

    /// <summary>
    /// Sets <c>clientBatchId</c> (at most 50 characters), the same on every call of a group, which each session summary of
    /// the group echoes.
    /// </summary>
    /// <param name="clientBatchId">Your identifier of the group, for example a campaign name; <see langword="null"/> removes it.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder ClientBatchId(string? clientBatchId)
    {
        _clientBatchId = clientBatchId;
        return this;
    }

    /// <summary>Adds <c>makeCall</c>: calls <paramref name="destination"/> showing <paramref name="source"/> as caller ID.</summary>
    /// <param name="source">The caller ID, an E.164 number (a leading <c>+</c> is accepted).</param>
    /// <param name="destination">The number to call, an E.164 number.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder MakeCall(string source, string destination)
        => Add(new MakeCallAction(source, destination));

    /// <summary>
    /// Adds <c>makeCall</c> with <c>callRecording</c>: when true, 8x8 records the session and pushes the file to your
    /// recording push configuration, then reports it with a <see cref="Webhooks.CallRecordingStatusEvent"/>.
    /// </summary>
    /// <param name="source">The caller ID, an E.164 number (a leading <c>+</c> is accepted).</param>
    /// <param name="destination">The number to call, an E.164 number.</param>
    /// <param name="callRecording">Whether to record the session; see <see cref="MakeCallAction.CallRecording"/> for what 8x8 confirms.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder MakeCall(string source, string destination, bool callRecording)
        => Add(new MakeCallAction(source, destination) { CallRecording = callRecording });

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
#pragma warning disable RS0026 // Shipped as two overloads (string and Uri) before the namespace move; they cannot be ambiguous.
    public CallflowBuilder PlayFile(string fileUrl, int? repetition = null)
        => Add(new PlayFileAction(fileUrl) { Repetition = repetition });

    /// <summary>Adds <c>playFile</c> from a <see cref="Uri"/>.</summary>
    /// <param name="fileUrl">The absolute http or https address of the file.</param>
    /// <param name="repetition">How many times to play it, 1 to 3; 8x8's default is 1.</param>
    /// <returns>This builder.</returns>
    public CallflowBuilder PlayFile(Uri fileUrl, int? repetition = null)
        => PlayFile(fileUrl?.OriginalString!, repetition);
#pragma warning restore RS0026

    /// <summary>
    /// Adds <c>sayAndCapture</c>: speaks a prompt and collects key presses, which arrive by the call action
    /// webhook. Every option left <see langword="null"/> is not sent, so 8x8 applies its default (its sources disagree on some).
    /// </summary>
    /// <param name="promptMessage">The prompt; at most 3000 characters.</param>
    /// <param name="voiceProfile">The TTS voice.</param>
    /// <param name="minDigits">The fewest digits to collect (OpenAPI default 1); needs <paramref name="maxDigits"/>.</param>
    /// <param name="maxDigits">The most digits to collect (OpenAPI default 1, IVR guide default 25).</param>
    /// <param name="digitTimeout">The longest pause between digits; 8x8 wants a longer <paramref name="overallTimeout"/> (equal only warns).</param>
    /// <param name="overallTimeout">How long to wait for the whole input (OpenAPI default 5 s, IVR guide default 30 s).</param>
    /// <param name="completeOnHash">Whether <c>#</c> ends input (default true); false needs <paramref name="maxDigits"/>.</param>
    /// <param name="noOfTries">How often the prompt is offered when input fails (OpenAPI default 1, IVR guide default 3).</param>
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

    /// <summary>
    /// Checks the flow as a new session (makeCall first) and returns every problem, errors and warnings (see
    /// <see cref="CallflowProblem.Severity"/>); empty when nothing is wrong.
    /// </summary>
    /// <returns>The problems, in callflow order.</returns>
    public IReadOnlyList<CallflowProblem> Validate() => CheckAll();

    /// <summary>
    /// Builds the callflow when it has no error (warnings do not block and travel in <see cref="Callflow.Warnings"/>);
    /// otherwise returns <see langword="false"/>.
    /// </summary>
    /// <param name="callflow">The callflow, when it has no error.</param>
    /// <param name="problems">Every problem found, errors and warnings; empty when nothing is wrong.</param>
    /// <returns>Whether the callflow has no error.</returns>
    public bool TryBuild([NotNullWhen(true)] out Callflow? callflow, out IReadOnlyList<CallflowProblem> problems)
    {
        List<CallflowProblem> found = CheckAll();
        problems = found;
        callflow = found.TrueForAll(problem => !problem.IsError)
            ? new Callflow([.. _actions], _validUntil) { ClientRequestId = _clientRequestId, ClientBatchId = _clientBatchId, Warnings = found, ValidatedWith = _validation }
            : null;
        return callflow is not null;
    }

    /// <summary>Builds the callflow, or throws one exception that lists every problem when any is an error.</summary>
    /// <returns>An immutable callflow, ready to send; its <see cref="Callflow.Warnings"/> list what did not block it.</returns>
    /// <exception cref="CallflowValidationException">The flow breaks one or more of 8x8's rules.</exception>
    public Callflow Build()
        => TryBuild(out Callflow? callflow, out IReadOnlyList<CallflowProblem> problems)
            ? callflow
            : throw new CallflowValidationException(problems);

    private List<CallflowProblem> CheckAll()
    {
        List<CallflowProblem> found = CallflowRules.Check(_actions, _validUntil, _validation, isReply: false);
        CallflowRules.CheckIds(_clientRequestId, _clientBatchId, found);
        return found;
    }
}
