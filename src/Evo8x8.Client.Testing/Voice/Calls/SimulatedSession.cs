using System.Text.Json;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using NodaTime;

namespace Evo8x8.Client.Testing.Voice.Calls;

/// <summary>
/// Plays one accepted callflow on a virtual timeline that starts when 8x8 accepted it: the first
/// <c>makeCall</c> rings and ends as the destination's rule says; an answered call runs its actions, each taking
/// the time it would take to speak or play; call status events go out as things happen, a call action event at
/// each <c>sayAndCapture</c> (whose answer can continue the call), the session summary, and last the recording
/// upload (VRU) when a connected <c>makeCall</c> asked for <c>callRecording</c>. No real time passes.
/// </summary>
internal sealed partial class SimulatedSession(SessionFacts facts, SimulationContext context)
{
    private static readonly Duration AnswerRing = Duration.FromSeconds(9);
    private static readonly Duration BridgeRing = Duration.FromSeconds(5);
    private const int MaxSteps = 200;

    private readonly List<CallLeg> _legs = [];
    private Instant _now = facts.StartTime;
    private string _lastAction = "MAKE_CALL";
    private int _captures;
    private string? _clientActionId;
    private SessionError? _error;
    private Instant? _recordingFrom;
    private bool _developer;

    public async Task<EmulatedWebhookDelivery> RunAsync(IReadOnlyList<FlowStep> flow, CancellationToken cancellationToken)
    {
        var steps = new List<FlowStep>(flow);
        context.Journal.ActionPlayed(facts.SessionId, steps[0], _now);
        CallLeg first = await DialAsync(steps[0], "callA", cancellationToken).ConfigureAwait(false);
        string sessionStatus = first.Status ?? "COMPLETED";
        for (int i = 1; first.IsUp && !HungUp && i < steps.Count && i < MaxSteps; i++)
        {
            FlowStep step = steps[i];
            _lastAction = LastActionName(step.Action);
            context.Journal.ActionPlayed(facts.SessionId, step, _now);
            switch (step.Action)
            {
                case FlowStep.MakeCall:
                    await DialAsync(step, "callB", cancellationToken).ConfigureAwait(false);
                    break;
                case FlowStep.Say:
                    _now += SpeechTime(step.Text("text"), step.Number("speed")) * Repetition(step);
                    break;
                case FlowStep.PlayFile:
                    _now += Duration.FromSeconds(10) * Repetition(step);
                    break;
                case FlowStep.SayAndCapture:
                    IReadOnlyList<FlowStep>? next = await CaptureAsync(step, first, cancellationToken).ConfigureAwait(false);
                    steps.InsertRange(i + 1, next ?? []);
                    break;
            }

            if (step.Action == FlowStep.Hangup || _error is not null || HungUp)
            {
                break;
            }
        }

        if (_error is not null)
        {
            sessionStatus = "ERROR";
        }

        foreach (CallLeg leg in _legs.Where(l => l.IsUp))
        {
            leg.End(_now, "COMPLETED");
            await StatusAsync(leg, "CALL_DISCONNECTED", 200, cancellationToken).ConfigureAwait(false);
        }

        string summary = VoiceEventJson.SessionSummary(facts, sessionStatus, _now, _lastAction, _legs, _error);
        EmulatedWebhookDelivery delivery = await context.Sender.SendAsync(WebhookType.SessionSummary, WebhookEventType.SessionSummary, facts.SessionId, summary, cancellationToken).ConfigureAwait(false);
        await UploadRecordingAsync(cancellationToken).ConfigureAwait(false);
        return delivery;
    }

    private async Task<CallLeg> DialAsync(FlowStep makeCall, string key, CancellationToken cancellationToken)
    {
        var leg = new CallLeg(key, makeCall.Text("source")!, makeCall.Text("destination")!, _now);
        _legs.Add(leg);
        await StatusAsync(leg, "CALL_INITIATED", 100, cancellationToken).ConfigureAwait(false);
        CallOutcome outcome = context.Rules.Resolve(leg.Destination).Outcome;
        int? developerSip = null;
        if (outcome == CallOutcome.WaitForDeveloper)
        {
            // The developer's phone rings in the console; the call goes on as they choose.
            (outcome, int chosenSip) = await context.Phone.RingAsync(facts.SessionId, leg.Destination, cancellationToken).ConfigureAwait(false);
            developerSip = chosenSip;
            _developer |= key == "callA" && outcome == CallOutcome.Answered;
        }

        (Duration ring, string status, int sip) = outcome switch
        {
            CallOutcome.NoAnswer => (Duration.FromSeconds(30), "NO_ANSWER", 480),
            CallOutcome.Busy => (Duration.FromSeconds(4), "BUSY", 486),
            CallOutcome.Failed => (Duration.FromSeconds(2), "FAILED", 503),
            CallOutcome.InvalidNumber => (Duration.Zero, "ERROR", 404),
            _ => (key == "callA" ? AnswerRing : BridgeRing, "COMPLETED", 200),
        };
        _now += ring;
        sip = developerSip ?? sip;
        if (outcome == CallOutcome.Answered)
        {
            leg.Connect(_now);
            if (makeCall.Flag("callRecording") == true)
            {
                _recordingFrom ??= _now;
            }

            await StatusAsync(leg, "CALL_CONNECTED", 200, cancellationToken).ConfigureAwait(false);
            return leg;
        }

        leg.End(_now, status);
        if (outcome == CallOutcome.InvalidNumber && key == "callA")
        {
            _error = SessionError.NoCoverage;
        }

        await StatusAsync(leg, "CALL_DISCONNECTED", sip, cancellationToken).ConfigureAwait(false);
        return leg;
    }

    /// <summary>Plays the prompt, presses the rule's keys, reports them by VCA; returns the steps the receiver answered with.</summary>
    private async Task<IReadOnlyList<FlowStep>?> CaptureAsync(FlowStep step, CallLeg leg, CancellationToken cancellationToken)
    {
        string digits;
        Duration prompt = SpeechTime(step.Text("promptMessage"), step.Number("speed"));
        if (_developer)
        {
            // The keys come from the developer's keypad, as long as they take to press them.
            if (await context.Phone.CaptureAsync(facts.SessionId, step, cancellationToken).ConfigureAwait(false) is not { } pressed)
            {
                return null;
            }

            digits = pressed.Digits;
            _captures++;
            _now += prompt + pressed.Waited;
        }
        else
        {
            digits = context.Rules.Resolve(leg.Destination).DigitsAt(_captures++);
            Duration wait = Duration.FromMilliseconds(step.Number("overallTimeout") ?? 5000);
            int tries = digits.Length > 0 ? 1 : (int)(step.Number("noOfTries") ?? 1);
            _now += (prompt + (digits.Length > 0 ? Duration.FromSeconds(digits.Length) : wait)) * tries;
        }

        string body = VoiceEventJson.CallAction(facts, leg, digits, _clientActionId, _now);
        EmulatedWebhookDelivery delivery = await context.Sender.SendAsync(WebhookType.CallAction, WebhookEventType.CallAction, facts.SessionId, body, cancellationToken).ConfigureAwait(false);
        if (!delivery.Delivered || string.IsNullOrWhiteSpace(delivery.ResponseBody) || !LooksLikeCallflow(delivery.ResponseBody))
        {
            return null;
        }

        CallflowRefusal? refusal = context.Inspector().Inspect(delivery.ResponseBody, isReply: true, out InspectedCallflow? reply);
        if (refusal is not null)
        {
            _error = SessionError.InvalidCallflow;
            context.Diagnostics.Add(new EmulatorDiagnostic(
                EmulatorRoute.SendCallflow,
                HttpStatus: null,
                refusal.StatusCode,
                $"The reply to the call action webhook ended the session with {SessionError.InvalidCallflow.Code}: {refusal.Message}",
                refusal.Path,
                refusal.Value,
                facts.SessionId,
                _now));
            return null;
        }

        _clientActionId = ReadClientActionId(delivery.ResponseBody);
        return reply!.Steps;
    }

    private bool HungUp => _developer && context.Phone.IsHungUp(facts.SessionId);

    private Task StatusAsync(CallLeg leg, string callStatus, int sipCode, CancellationToken cancellationToken)
        => context.Sender.SendAsync(WebhookType.CallStatus, WebhookEventType.CallStatus, facts.SessionId, VoiceEventJson.CallStatus(facts, leg, callStatus, sipCode, _now), cancellationToken);

    /// <summary>About 15 characters a second at normal speed, at least a second.</summary>
    private static Duration SpeechTime(string? text, double? speed)
        => Duration.FromSeconds(Math.Max(1, Math.Ceiling((text?.Length ?? 0) / 15.0 / (speed is > 0 ? speed.Value : 1))));

    private static int Repetition(FlowStep step) => (int)(step.Number("repetition") ?? 1);

    private static string LastActionName(string action) => action switch
    {
        FlowStep.MakeCall => "MAKE_CALL",
        FlowStep.PlayFile => "PLAY_FILE",
        FlowStep.SayAndCapture => "SAY_AND_CAPTURE",
        _ => action.ToUpperInvariant(),
    };

    // A receiver that answers 200 with an empty or non-callflow body simply lets the call go on.
    private static bool LooksLikeCallflow(string body)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("callflow", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? ReadClientActionId(string body)
    {
        using JsonDocument document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("clientActionId", out JsonElement id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
    }
}
