using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Evo8x8.Client.Voice;

/// <summary>
/// 8x8's server-side callflow rules, checked offline. Each problem carries the status code the server
/// would answer with, so the SDK reports what 8x8 would, only sooner and all at once.
/// </summary>
internal static partial class CallflowRules
{
    /// <summary>The longest text 8x8 speaks in one action.</summary>
    public const int MaxTextLength = 3000;

    private const int MaxMakeCalls = 2;

    /// <summary>The problems that block sending (errors only); what <c>SendAsync</c> checks.</summary>
    public static List<CallflowProblem> Validate(
        IReadOnlyList<CallflowAction?> actions, Instant? validUntil, CallflowValidationOptions options, bool isReply)
        => Check(actions, validUntil, options, isReply).FindAll(problem => problem.IsError);

    /// <summary>The one rule that depends on the time: <c>validUntil</c> must be in the future.</summary>
    public static CallflowProblem? Expired(Instant? validUntil, CallflowValidationOptions options)
    {
        if (validUntil is not { } until)
        {
            return null;
        }

        Instant now = options.Clock.GetCurrentInstant();
        return until <= now
            ? new("$.validUntil", $"validUntil {until} is not in the future (now is {now}).", CallflowStatusCode.ValidityExpired)
            : null;
    }

    /// <summary>Every problem, errors and warnings; <paramref name="isReply"/> skips the rules that only bind a new session.</summary>
    public static List<CallflowProblem> Check(
        IReadOnlyList<CallflowAction?> actions, Instant? validUntil, CallflowValidationOptions options, bool isReply)
    {
        var problems = new List<CallflowProblem>();
        if (Expired(validUntil, options) is { } expired)
        {
            problems.Add(expired);
        }

        if (actions.Count == 0)
        {
            problems.Add(new("$.callflow", "The callflow has no action.", CallflowStatusCode.InvalidEntry));
            return problems;
        }

        if (!isReply && actions[0] is not MakeCallAction)
        {
            problems.Add(new("$.callflow[0].action", $"The first action must be makeCall, not {actions[0]?.Action ?? "null"}.", CallflowStatusCode.FirstActionNotMakeCall));
        }

        int makeCalls = 0;
        bool hangupSeen = false;
        for (int i = 0; i < actions.Count; i++)
        {
            var check = new ActionCheck(problems, $"$.callflow[{i}]", options);
            switch (actions[i])
            {
                case null:
                    problems.Add(new($"$.callflow[{i}]", "The action is null.", CallflowStatusCode.InvalidEntry));
                    break;
                case MakeCallAction makeCall:
                    if (++makeCalls > MaxMakeCalls)
                    {
                        problems.Add(new($"$.callflow[{i}]", $"At most {MaxMakeCalls} makeCall actions are allowed (the second is bridged to the first); this is number {makeCalls}.", CallflowStatusCode.TooManyActions));
                    }

                    check.Number("source", makeCall.Source, CallflowStatusCode.InvalidEntry);
                    check.Number("destination", makeCall.Destination, CallflowStatusCode.InvalidDestination);
                    break;
                case SayAction say:
                    check.Text("text", say.Text);
                    check.VoiceProfile(say.VoiceProfile);
                    check.Range("repetition", say.Repetition, 1, 3);
                    check.Speed(say.Speed);
                    break;
                case PlayFileAction playFile:
                    check.FileUrl(playFile.FileUrl);
                    check.Range("repetition", playFile.Repetition, 1, 3);
                    break;
                case SayAndCaptureAction capture:
                    check.Capture(capture);
                    break;
                case HangupAction:
                    if (hangupSeen)
                    {
                        problems.Add(new($"$.callflow[{i}]", "hangup may appear only once.", CallflowStatusCode.IncorrectHangup));
                    }
                    else if (actions.Skip(i + 1).Any(next => next is not HangupAction))
                    {
                        problems.Add(new($"$.callflow[{i}]", "hangup must be the last action: the actions after it would never run.", CallflowStatusCode.IncorrectHangup));
                    }

                    hangupSeen = true;
                    break;
            }
        }

        return problems;
    }

    [GeneratedRegex(@"^\+?[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();

    /// <summary>Checks the parameters of one action; every finding names its JSON path.</summary>
    private readonly struct ActionCheck(List<CallflowProblem> problems, string actionPath, CallflowValidationOptions options)
    {
        public void Number(string name, string? value, CallflowStatusCode code)
        {
            if (Required(name, value) && !E164().IsMatch(value!))
            {
                Add(name, $"'{value}' is not an E.164 number (up to 15 digits with the country code, an optional leading +, no spaces or dashes).", code);
            }
        }

        public void Text(string name, string? value)
        {
            if (!Required(name, value))
            {
                return;
            }

            if (value!.Length > MaxTextLength)
            {
                Add(name, $"The text is {value.Length} characters long; 8x8 speaks at most {MaxTextLength}.", CallflowStatusCode.InvalidEntry);
            }

            Characters(name, value);
        }

        public void VoiceProfile(string? value)
        {
            if (Required("voiceProfile", value) && options.KnownVoiceProfiles is { } known && !known.Contains(value!))
            {
                Add("voiceProfile", $"'{value}' is not one of the {known.Count} speech profiles 8x8 offers this account.", CallflowStatusCode.InvalidSpeechProfile);
            }
        }

        public void Speed(double? speed)
        {
            if (speed is { } value && !(value >= 0.5 && value <= 2))
            {
                Add("speed", $"speed is {value.ToString(CultureInfo.InvariantCulture)}; it must be from 0.5 to 2.", CallflowStatusCode.InvalidEntry);
            }
        }

        public void Range(string name, int? value, int min, int max)
        {
            if (value is { } number && (number < min || number > max))
            {
                Add(name, $"{name} is {number}; it must be from {min} to {max}.", CallflowStatusCode.InvalidEntry);
            }
        }

        public void FileUrl(string? value)
        {
            if (Required("fileUrl", value)
                && !(Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                Add("fileUrl", $"'{value}' is not an absolute http or https address.", CallflowStatusCode.InvalidEntry);
            }
        }

        public void Capture(SayAndCaptureAction capture)
        {
            Text("promptMessage", capture.PromptMessage);
            VoiceProfile(capture.VoiceProfile);
            Speed(capture.Speed);
            Range("repetition", capture.Repetition, 1, 3);
            Range("minDigits", capture.MinDigits, 1, int.MaxValue);
            Range("maxDigits", capture.MaxDigits, 1, int.MaxValue);
            Range("noOfTries", capture.NoOfTries, 1, int.MaxValue);
            if (capture.MinDigits is { } min && capture.MaxDigits is null)
            {
                Add("maxDigits", $"minDigits is {min} but maxDigits is missing; give both.", CallflowStatusCode.MaxDigitsRequiredWithMinDigits);
            }
            else if (capture.MinDigits is { } low && capture.MaxDigits is { } high && low > high)
            {
                Add("maxDigits", $"maxDigits ({high}) is smaller than minDigits ({low}).", CallflowStatusCode.MaxDigitsRequiredWithMinDigits);
            }

            if (capture.CompleteOnHash == false && capture.MaxDigits is null)
            {
                Add("maxDigits", "completeOnHash is false, so maxDigits is needed to know when the input is complete.", CallflowStatusCode.MaxDigitsRequiredWithoutHash);
            }

            Positive("digitTimeout", capture.DigitTimeout);
            Positive("overallTimeout", capture.OverallTimeout);
            // 8x8's own examples break its rules -1005 and -1006, so those cases only warn and the server decides.
            if (capture.DigitTimeout is { } digit && capture.OverallTimeout is null)
            {
                Warn(
                    "overallTimeout",
                    $"digitTimeout is {digit.TotalMilliseconds} ms but overallTimeout is missing. 8x8's status code table requires both (-1005), yet its OpenAPI \"Example 1: IVR with DTMF Capture\" sends digitTimeout alone; give overallTimeout to be safe.",
                    CallflowStatusCode.OverallTimeoutRequired);
            }
            else if (capture.DigitTimeout is { } perDigit && capture.OverallTimeout is { } overall && overall < perDigit)
            {
                Add("overallTimeout", $"overallTimeout ({overall.TotalMilliseconds} ms) must be greater than digitTimeout ({perDigit.TotalMilliseconds} ms).", CallflowStatusCode.OverallTimeoutNotAboveDigitTimeout);
            }
            else if (capture.DigitTimeout is { } same && capture.OverallTimeout == same)
            {
                Warn(
                    "overallTimeout",
                    $"overallTimeout equals digitTimeout ({same.TotalMilliseconds} ms). 8x8's status code table says overallTimeout must be greater (-1006), yet every IVR example in 8x8's guides (Simple IVR, Advanced IVR, call action handling) sends them equal; make overallTimeout greater to be safe.",
                    CallflowStatusCode.OverallTimeoutNotAboveDigitTimeout);
            }

            Optional("successMessage", capture.SuccessMessage);
            Optional("failureMessage", capture.FailureMessage);
        }

        private void Positive(string name, Duration? value)
        {
            if (value is { } duration && duration < Duration.FromMilliseconds(1))
            {
                Add(name, $"{name} is {duration.TotalMilliseconds} ms; it must be at least 1 ms.", CallflowStatusCode.InvalidEntry);
            }
        }

        private void Optional(string name, string? value)
        {
            if (value is not null)
            {
                Text(name, value);
            }
        }

        private bool Required(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(name, $"{name} is missing but it is required.", CallflowStatusCode.InvalidEntry);
                return false;
            }

            return true;
        }

        // 8x8 does not publish its character rule (-1016); control characters and broken UTF-16 are surely refused.
        private void Characters(string name, string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                bool control = char.IsControl(c) && c is not ('\t' or '\n' or '\r');
                bool lone = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[++i]));
                if (control || lone)
                {
                    Add(name, $"The character U+{(int)c:X4} at position {i} is not accepted.", CallflowStatusCode.InvalidCharacters);
                    return;
                }
            }
        }

        private void Add(string name, string message, CallflowStatusCode code)
            => problems.Add(new($"{actionPath}.params.{name}", message, code));

        private void Warn(string name, string message, CallflowStatusCode code)
            => problems.Add(new($"{actionPath}.params.{name}", message, code) { Severity = CallflowProblemSeverity.Warning });
    }
}
