using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>
/// 8x8's server-side callflow checks, written from 8x8's documentation and applied to the raw JSON, never
/// through the SDK's models or rules, so a test against the emulator checks the SDK's wire format for real.
/// The first problem found is answered, as 8x8 answers one code: JSON, then the schema of each action in order,
/// then the rules of the flow, then the rules of each action, then <c>validUntil</c>.
/// </summary>
internal sealed partial class CallflowInspector(IReadOnlyCollection<EmulatedSpeechProfile> profiles, IReadOnlyCollection<string>? allowedSources, Instant now)
{
    private const int MaxMakeCalls = 2;

    private static readonly InstantPattern[] ValidUntilPatterns =
        [InstantPattern.ExtendedIso, InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF")];

    /// <summary>Checks a request body; on success <paramref name="flow"/> holds the steps to simulate.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="isReply">A reply to a call-action webhook: no <c>makeCall</c>-first rule, no <c>validUntil</c>.</param>
    /// <param name="flow">The accepted flow, or <see langword="null"/> when refused.</param>
    /// <returns>The refusal, or <see langword="null"/> when the flow is accepted.</returns>
    public CallflowRefusal? Inspect(string body, bool isReply, out InspectedCallflow? flow)
    {
        flow = null;
        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            string where = $"$ (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})";
            return CallflowRefusal.Schema(-1001, $"Invalid JSON request body: {where} is not valid JSON") with { Path = where };
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return CallflowRefusal.InvalidEntry("$", $"{CallflowParamReader.KindName(root)} found, object expected");
        }

        CallflowRefusal? refusal = ReadValidUntil(root, out Instant? validUntil, out string? validUntilText);
        List<FlowStep> steps = [];
        refusal ??= ReadSteps(root, steps);
        refusal ??= CheckFlow(steps, isReply);
        foreach (FlowStep step in steps)
        {
            refusal ??= CheckStep(step);
        }

        if (refusal is null && !isReply && validUntil is { } until && until <= now)
        {
            refusal = CallflowRefusal.Rule(-1015, "The validity period of the call flow request has expired", "$.validUntil", validUntilText, $"is not after the emulator clock's {InstantPattern.ExtendedIso.Format(now)}");
        }

        string? clientRequestId = null;
        string? clientBatchId = null;
        if (!isReply)
        {
            refusal ??= ReadClientId(root, "clientRequestId", out clientRequestId);
            refusal ??= ReadClientId(root, "clientBatchId", out clientBatchId);
        }

        flow = refusal is null ? new InspectedCallflow(steps, validUntilText) { ClientRequestId = clientRequestId, ClientBatchId = clientBatchId } : null;
        return refusal;
    }

    private static CallflowRefusal? ReadValidUntil(JsonElement root, out Instant? validUntil, out string? text)
    {
        validUntil = null;
        text = null;
        if (!root.TryGetProperty("validUntil", out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return CallflowRefusal.InvalidEntry("$.validUntil", $"{CallflowParamReader.KindName(value)} found, string expected");
        }

        text = value.GetString()!;
        foreach (InstantPattern pattern in ValidUntilPatterns)
        {
            if (pattern.Parse(text) is { Success: true } parsed)
            {
                validUntil = parsed.Value;
                return null;
            }
        }

        return CallflowRefusal.InvalidEntry("$.validUntil", "does not match the date-time format YYYY-MM-DDTHH:MM:SS.SSSZ");
    }

    private static CallflowRefusal? ReadSteps(JsonElement root, List<FlowStep> steps)
    {
        if (!root.TryGetProperty("callflow", out JsonElement callflow))
        {
            return CallflowRefusal.InvalidEntry("$.callflow", "is missing but it is required");
        }

        if (callflow.ValueKind != JsonValueKind.Array)
        {
            return CallflowRefusal.InvalidEntry("$.callflow", $"{CallflowParamReader.KindName(callflow)} found, array expected");
        }

        if (callflow.GetArrayLength() == 0)
        {
            return CallflowRefusal.InvalidEntry("$.callflow", "there must be a minimum of 1 items in the array");
        }

        int index = 0;
        foreach (JsonElement item in callflow.EnumerateArray())
        {
            CallflowRefusal? refusal = ReadStep(item, $"$.callflow[{index++}]", out FlowStep? step);
            if (refusal is not null)
            {
                return refusal;
            }

            steps.Add(step!);
        }

        return null;
    }

    private static CallflowRefusal? ReadStep(JsonElement item, string path, out FlowStep? step)
    {
        step = null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            return CallflowRefusal.InvalidEntry(path, $"{CallflowParamReader.KindName(item)} found, object expected");
        }

        if (!item.TryGetProperty("action", out JsonElement action))
        {
            return CallflowRefusal.InvalidEntry($"{path}.action", "is missing but it is required");
        }

        string? name = action.ValueKind == JsonValueKind.String ? action.GetString() : null;
        if (name is null || !FlowStep.Actions.Contains(name, StringComparer.Ordinal))
        {
            return CallflowRefusal.Schema(-1007, $"{path}.action should be one of: {string.Join(",", FlowStep.Actions)}") with { Path = $"{path}.action", Value = name };
        }

        bool hasParams = item.TryGetProperty("params", out JsonElement parameters) && parameters.ValueKind != JsonValueKind.Null;
        if (name == FlowStep.Hangup)
        {
            step = new FlowStep(name, default, path);
            return null;
        }

        if (!hasParams)
        {
            return CallflowRefusal.InvalidEntry($"{path}.params", "is missing but it is required");
        }

        var reader = new CallflowParamReader(parameters, $"{path}.params");
        reader.ReadSchema(name);
        step = new FlowStep(name, parameters, path);
        return reader.Problem;
    }

    private static CallflowRefusal? CheckFlow(List<FlowStep> steps, bool isReply)
    {
        if (steps.Count == 0)
        {
            return null;
        }

        if (!isReply && steps[0].Action != FlowStep.MakeCall)
        {
            return CallflowRefusal.Rule(-1013, "Invalid Callflow : First action should be a MakeCall action", $"{steps[0].Path}.action", steps[0].Action, "comes first");
        }

        if (steps.Count(s => s.Action == FlowStep.MakeCall) > MaxMakeCalls)
        {
            FlowStep extra = steps.Where(s => s.Action == FlowStep.MakeCall).ElementAt(MaxMakeCalls);
            return CallflowRefusal.Rule(-1010, "Some actions are provided beyond the allowed count", $"{extra.Path}.action", extra.Action, $"is one more than the {MaxMakeCalls} makeCall actions allowed");
        }

        int hangups = steps.Count(s => s.Action == FlowStep.Hangup);
        if (hangups > 1 || (hangups == 1 && steps[^1].Action != FlowStep.Hangup))
        {
            FlowStep misplaced = steps.First(s => s.Action == FlowStep.Hangup);
            return CallflowRefusal.Rule(-1012, "Invalid Callflow : Incorrect use of action Hangup", $"{misplaced.Path}.action", misplaced.Action, "must be the last action, and only once");
        }

        return null;
    }

    private CallflowRefusal? CheckStep(FlowStep step)
    {
        switch (step.Action)
        {
            case FlowStep.MakeCall:
                string destination = step.Text("destination")!;
                if (destination.IndexOfAny([',', ';', '|']) >= 0 || destination.Trim().Contains(' ', StringComparison.Ordinal))
                {
                    return CallflowRefusal.Rule(-1011, "Multiple destination phone numbers found in the request", step.ParamPath("destination"), destination, "holds more than one number");
                }

                if (!Msisdn().IsMatch(destination))
                {
                    return CallflowRefusal.Rule(-1017, "Invalid MSISDN format in Destination", step.ParamPath("destination"), destination, "is not an E.164 number of 7 to 15 digits");
                }

                string source = step.Text("source")!;
                if (allowedSources is not null && !allowedSources.Any(allowed => allowed.TrimStart('+') == source.TrimStart('+')))
                {
                    return CallflowRefusal.Rule(-1014, "Source or caller ID is not allowed", step.ParamPath("source"), source, "is not among the emulator's AllowedSources");
                }

                return null;
            case FlowStep.Say:
                return CheckSpeech(step, "text");
            case FlowStep.SayAndCapture:
                return CheckSpeech(step, "promptMessage") ?? CheckCapture(step);
            default:
                return null;
        }
    }

    private CallflowRefusal? CheckSpeech(FlowStep step, string textName)
    {
        string profile = step.Text("voiceProfile")!;
        if (!profiles.Any(p => string.Equals(p.SpeechProfileCode, profile, StringComparison.OrdinalIgnoreCase)))
        {
            return CallflowRefusal.Rule(
                -1002,
                "Speech profile or language parameter invalid",
                step.ParamPath("voiceProfile"),
                profile,
                $"is not one of the emulator's speech profiles ({string.Join(", ", profiles.Select(p => p.SpeechProfileCode))}); add it to Evo8x8EmulatorOptions.SpeechProfiles");
        }

        foreach (string name in (string[])[textName, "successMessage", "failureMessage"])
        {
            if (step.Text(name) is { } text && text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                return CallflowRefusal.Rule(-1016, "Invalid Callflow Content: Some special characters are invalid/unaccepted", step.ParamPath(name), null, "holds a control character");
            }
        }

        return null;
    }

    private static CallflowRefusal? CheckCapture(FlowStep step)
    {
        double? minDigits = step.Number("minDigits");
        double? maxDigits = step.Number("maxDigits");
        double? digitTimeout = step.Number("digitTimeout");
        double? overallTimeout = step.Number("overallTimeout");
        if (minDigits is { } min && (maxDigits is not { } max || max < min))
        {
            return CallflowRefusal.Rule(-1003, "Valid maxDigits required when minDigits provided", step.ParamPath("maxDigits"), Show(maxDigits), $"must be given and at least minDigits ({Show(minDigits)})");
        }

        if (digitTimeout is not null && overallTimeout is null)
        {
            return CallflowRefusal.Rule(-1005, "Valid overallTimeout is required when digitTimeout provided", step.ParamPath("overallTimeout"), null, "is missing");
        }

        if (digitTimeout is { } digit && overallTimeout is { } overall && overall <= digit)
        {
            return CallflowRefusal.Rule(-1006, "OverallTimeout should be greater than digitTimeout", step.ParamPath("overallTimeout"), Show(overall), $"is not greater than digitTimeout ({Show(digit)})");
        }

        if (step.Flag("completeOnHash") == false && maxDigits is null)
        {
            return CallflowRefusal.Rule(-1008, "Valid maxDigits is required when completeOnHash is false", step.ParamPath("maxDigits"), null, "is missing");
        }

        return null;
    }

    private static string? Show(double? number) => number?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>E.164: a country code and subscriber number, 7 to 15 digits, an optional leading +.</summary>
    [GeneratedRegex("^\\+?[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    internal static partial Regex Msisdn();
}

/// <summary>
/// A callflow the emulator accepted: its steps, <c>validUntil</c> as sent (echoed in the answer) and the correlation ids
/// the session summary echoes.
/// </summary>
internal sealed record InspectedCallflow(IReadOnlyList<FlowStep> Steps, string? ValidUntil)
{
    public string? ClientRequestId { get; init; }

    public string? ClientBatchId { get; init; }
}
