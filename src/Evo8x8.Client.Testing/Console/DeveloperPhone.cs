using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Evo8x8.Client.Testing.Voice;
using NodaTime;

namespace Evo8x8.Client.Testing.Console;

/// <summary>
/// The developer's phone: calls to a destination whose rule is <see cref="CallOutcome.WaitForDeveloper"/> ring here
/// until someone answers, and their <c>sayAndCapture</c> actions wait for keys from the keypad, ended by <c>#</c>,
/// by the action's <c>maxDigits</c> or by its timeouts, counted in real time. Thread-safe.
/// </summary>
internal sealed class DeveloperPhone(ConsoleJournal journal)
{
    /// <summary>
    /// How long a capture waits when the action sets no <c>overallTimeout</c>: 8x8's IVR guide's 30 s rather than the
    /// OpenAPI file's 5 s, because a person reads the prompt and reaches for the keypad.
    /// </summary>
    public static readonly Duration DefaultOverallTimeout = Duration.FromSeconds(30);

    private const string Keys = "0123456789*#";

    private readonly ConcurrentDictionary<string, Line> _lines = new(StringComparer.Ordinal);

    /// <summary>Rings until the developer responds (or hangs up, which counts as a reject); returns the outcome and SIP code.</summary>
    public async Task<(CallOutcome Outcome, int Sip)> RingAsync(string sessionId, string destination, CancellationToken cancellationToken)
    {
        Line line = _lines.GetOrAdd(sessionId, _ => new Line());
        var ringing = new TaskCompletionSource<CalleeResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        line.Ringing = ringing;
        journal.Add(ConsoleEventKind.Ringing, sessionId, $"{destination} is ringing: answer, reject, busy or no answer");
        CalleeResponse response;
        try
        {
            using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, line.HungUp.Token);
            response = await ringing.Task.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            response = CalleeResponse.Reject;
        }
        finally
        {
            line.Ringing = null;
        }

        journal.Add(ConsoleEventKind.CalleeResponded, sessionId, $"The developer chose {response}");
        return response switch
        {
            CalleeResponse.Answer => (CallOutcome.Answered, 200),
            CalleeResponse.Reject => (CallOutcome.Busy, 603),
            CalleeResponse.Busy => (CallOutcome.Busy, 486),
            _ => (CallOutcome.NoAnswer, 480),
        };
    }

    /// <summary>Collects keys for a <c>sayAndCapture</c>; <see langword="null"/> when the developer hung up.</summary>
    public async Task<CapturedKeys?> CaptureAsync(string sessionId, FlowStep step, CancellationToken cancellationToken)
    {
        Line line = _lines.GetOrAdd(sessionId, _ => new Line());
        int minDigits = (int)(step.Number("minDigits") ?? 1);
        int maxDigits = (int)(step.Number("maxDigits") ?? Math.Max(1, minDigits));
        bool completeOnHash = step.Flag("completeOnHash") ?? true;
        Duration overall = step.Number("overallTimeout") is { } overallMs ? Duration.FromMilliseconds(overallMs) : DefaultOverallTimeout;
        Duration? perDigit = step.Number("digitTimeout") is { } digitMs ? Duration.FromMilliseconds(digitMs) : null;
        int tries = Math.Max(1, (int)(step.Number("noOfTries") ?? 1));
        var waited = Stopwatch.StartNew();
        string digits = string.Empty;
        for (int attempt = 1; attempt <= tries; attempt++)
        {
            var keys = Channel.CreateUnbounded<char>();
            line.Keys = keys;
            journal.Add(ConsoleEventKind.CaptureWaiting, sessionId, $"\"{step.Text("promptMessage")}\" waits for keys (try {attempt.ToString(CultureInfo.InvariantCulture)} of {tries.ToString(CultureInfo.InvariantCulture)})", ConsoleJson.Compose(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("promptMessage", step.Text("promptMessage"));
                writer.WriteNumber("minDigits", minDigits);
                writer.WriteNumber("maxDigits", maxDigits);
                writer.WriteBoolean("completeOnHash", completeOnHash);
                writer.WriteNumber("overallTimeoutMs", overall.TotalMilliseconds);
                if (perDigit is { } digit)
                {
                    writer.WriteNumber("digitTimeoutMs", digit.TotalMilliseconds);
                }

                writer.WriteNumber("try", attempt);
                writer.WriteNumber("noOfTries", tries);
                writer.WriteEndObject();
            }));
            try
            {
                (digits, bool completed) = await CollectAsync(keys.Reader, line.HungUp.Token, maxDigits, completeOnHash, overall, perDigit, cancellationToken).ConfigureAwait(false);
                if (completed || digits.Length >= minDigits)
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (line.HungUp.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            finally
            {
                line.Keys = null;
            }
        }

        journal.Add(ConsoleEventKind.KeysCaptured, sessionId, digits.Length > 0 ? $"Keys {digits} go to the app" : "No keys before the timeout: the app gets an empty dtmf");
        return new CapturedKeys(digits, Duration.FromTimeSpan(waited.Elapsed));
    }

    public bool IsHungUp(string sessionId) => _lines.TryGetValue(sessionId, out Line? line) && line.HungUp.IsCancellationRequested;

    public void Respond(string sessionId, CalleeResponse response)
    {
        if (!_lines.TryGetValue(sessionId, out Line? line) || line.Ringing is not { } ringing || !ringing.TrySetResult(response))
        {
            throw new InvalidOperationException($"No call of session '{sessionId}' is ringing on the developer's phone.");
        }
    }

    public void Press(string sessionId, string keys)
    {
        ArgumentException.ThrowIfNullOrEmpty(keys);
        foreach (char key in keys)
        {
            if (!Keys.Contains(key, StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{key}' is not a key of the keypad ({Keys}).", nameof(keys));
            }
        }

        if (!_lines.TryGetValue(sessionId, out Line? line) || line.Keys is not { } channel)
        {
            throw new InvalidOperationException($"No sayAndCapture of session '{sessionId}' is waiting for keys.");
        }

        foreach (char key in keys)
        {
            channel.Writer.TryWrite(key);
        }
    }

    public void HangUp(string sessionId)
    {
        if (!_lines.TryGetValue(sessionId, out Line? line) || line.HungUp.IsCancellationRequested)
        {
            throw new InvalidOperationException($"Session '{sessionId}' has no call on the developer's phone.");
        }

        journal.Add(ConsoleEventKind.CalleeResponded, sessionId, "The developer hung up");
        line.HungUp.Cancel();
    }

    /// <summary>Forgets a session's line once its call ended.</summary>
    public void End(string sessionId)
    {
        if (_lines.TryRemove(sessionId, out Line? line))
        {
            line.HungUp.Dispose();
        }
    }

    /// <summary>Hangs up every call (a reset).</summary>
    public void HangUpAll()
    {
        foreach (Line line in _lines.Values)
        {
            line.HungUp.Cancel();
        }
    }

    public IReadOnlyList<string> Lines => [.. _lines.Keys];

    private static async Task<(string Digits, bool Completed)> CollectAsync(
        ChannelReader<char> keys, CancellationToken hungUp, int maxDigits, bool completeOnHash, Duration overall, Duration? perDigit, CancellationToken cancellationToken)
    {
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hungUp);
        var clock = Stopwatch.StartNew();
        TimeSpan? lastKey = null;
        string digits = string.Empty;
        while (true)
        {
            TimeSpan left = overall.ToTimeSpan() - clock.Elapsed;
            if (perDigit is { } digit && lastKey is { } last)
            {
                TimeSpan digitLeft = last + digit.ToTimeSpan() - clock.Elapsed;
                left = digitLeft < left ? digitLeft : left;
            }

            if (left <= TimeSpan.Zero)
            {
                return (digits, false);
            }

            char key;
            using (CancellationTokenSource wait = CancellationTokenSource.CreateLinkedTokenSource(linked.Token))
            {
                wait.CancelAfter(left);
                try
                {
                    key = await keys.ReadAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!linked.IsCancellationRequested)
                {
                    return (digits, false);
                }
            }

            if (key == '#' && completeOnHash)
            {
                return (digits, true);
            }

            digits += key;
            lastKey = clock.Elapsed;
            if (digits.Length >= maxDigits)
            {
                return (digits, true);
            }
        }
    }

    private sealed class Line
    {
        public CancellationTokenSource HungUp { get; } = new();

        public volatile TaskCompletionSource<CalleeResponse>? Ringing;

        public volatile Channel<char>? Keys;
    }
}

/// <summary>The keys a developer pressed for one <c>sayAndCapture</c> and how long it waited for them (real time).</summary>
internal sealed record CapturedKeys(string Digits, Duration Waited);
