using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Evo8x8.Client.Testing.VoiceMessaging;
using Evo8x8.Client.Webhooks;
using NodaTime;

namespace Evo8x8.Client.Testing.Console;

/// <summary>
/// What the console shows, as it happens: the emulator's parts report calls, actions, webhooks, refusals and
/// requests here; the journal masks secrets, numbers the events and pushes each to every open event stream.
/// Thread-safe.
/// </summary>
internal sealed class ConsoleJournal(IClock clock, SecretMask mask)
{
    private readonly object _gate = new();
    private readonly List<ConsoleEvent> _events = [];
    private readonly List<WebhookDelivery> _deliveries = [];
    private readonly List<Channel<ConsoleEvent>> _subscribers = [];
    private readonly ConcurrentDictionary<string, (string SubAccountId, string Destination)> _sessions = new(StringComparer.Ordinal);

    // A simulated call runs on its own timeline, ahead of the clock; its events without a time of their own take its latest.
    private readonly ConcurrentDictionary<string, Instant> _sessionTimes = new(StringComparer.Ordinal);
    private readonly List<TaskCompletionSource> _waiters = [];
    private long _sequence;

    public SecretMask Mask => mask;

    /// <summary>Lists the Evo sessions as JSON, for <see cref="ConsoleEventKind.EvoSessions"/> events.</summary>
    public Func<string>? EvoSnapshot { get; set; }

    public IReadOnlyList<ConsoleEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public WebhookDelivery? Delivery(int number)
    {
        lock (_gate)
        {
            return number >= 1 && number <= _deliveries.Count ? _deliveries[number - 1] : null;
        }
    }

    /// <summary>The events after <paramref name="after"/> and a reader of every later one; dispose the handle to stop.</summary>
    public (IReadOnlyList<ConsoleEvent> Backlog, ChannelReader<ConsoleEvent> Live, IDisposable Handle) Subscribe(long after)
    {
        var channel = Channel.CreateUnbounded<ConsoleEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
            return ([.. _events.Where(e => e.Sequence > after)], channel.Reader, new Unsubscriber(this, channel));
        }
    }

    /// <summary>Completes when an event is added (or at once if one was added since <paramref name="seen"/>).</summary>
    public Task NextAsync(long seen, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (Interlocked.Read(ref _sequence) > seen)
            {
                return Task.CompletedTask;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add(waiter);
            return waiter.Task.WaitAsync(cancellationToken);
        }
    }

    public long LastSequence => Interlocked.Read(ref _sequence);

    public ConsoleEvent Add(ConsoleEventKind kind, string? sessionId, string summary, string? detail = null, Instant? at = null, int? deliveryNumber = null)
    {
        (string SubAccountId, string Destination) call = sessionId is not null && _sessions.TryGetValue(sessionId, out var known) ? known : default;
        Instant when = at ?? clock.GetCurrentInstant();
        if (sessionId is not null)
        {
            if (at is { } own)
            {
                _sessionTimes.AddOrUpdate(sessionId, own, (_, latest) => own > latest ? own : latest);
            }
            else if (_sessionTimes.TryGetValue(sessionId, out Instant latest) && latest > when)
            {
                when = latest;
            }
        }

        lock (_gate)
        {
            var entry = new ConsoleEvent(
                ++_sequence,
                kind,
                when,
                sessionId,
                call.SubAccountId,
                call.Destination,
                mask.Text(summary),
                detail is null ? null : mask.Json(detail),
                deliveryNumber);
            _events.Add(entry);
            Publish(entry);
            return entry;
        }
    }

    public void CallStarted(string sessionId, string subAccountId, IReadOnlyList<FlowStep> steps, Instant at)
    {
        string destination = steps[0].Text("destination") ?? string.Empty;
        _sessions[sessionId] = (subAccountId, destination);
        string detail = ConsoleJson.Compose(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("callflow");
            foreach (FlowStep step in steps)
            {
                WriteStep(writer, step);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        Add(ConsoleEventKind.CallStarted, sessionId, $"{steps[0].Text("source")} calls {destination}: {string.Join(", ", steps.Select(s => s.Action))}", detail, at);
    }

    public void ActionPlayed(string sessionId, FlowStep step, Instant at)
    {
        string what = step.Action switch
        {
            FlowStep.Say => $"say \"{step.Text("text")}\"",
            FlowStep.SayAndCapture => $"sayAndCapture \"{step.Text("promptMessage")}\"",
            FlowStep.PlayFile => $"playFile {step.Text("fileUrl")}",
            FlowStep.MakeCall => $"makeCall {step.Text("source")} → {step.Text("destination")}",
            _ => step.Action,
        };
        Add(ConsoleEventKind.ActionPlayed, sessionId, what, ConsoleJson.Compose(writer => WriteStep(writer, step)), at);
    }

    public void Delivered(WebhookDelivery delivery, TimeSpan latency)
    {
        int number;
        lock (_gate)
        {
            _deliveries.Add(delivery);
            number = _deliveries.Count;
        }

        string outcome = delivery.Url is null
            ? "no webhook registered"
            : delivery.ResponseStatus is { } status
                ? $"{status.ToString(CultureInfo.InvariantCulture)} in {latency.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"
                : delivery.Error ?? "not answered";
        if (delivery.ResponseBody is { Length: > 0 } reply && ReplyActions(reply) is { } actions)
        {
            outcome += $"; the app replied with {actions}";
        }

        string copy = delivery.Attempt > 1 ? $" (attempt {delivery.Attempt.ToString(CultureInfo.InvariantCulture)}{(delivery.IsDuplicate ? ", duplicate" : string.Empty)})" : string.Empty;
        string detail = ConsoleJson.Compose(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("webhookType", delivery.WebhookType.Value);
            writer.WriteString("eventType", delivery.EventType.Value);
            writer.WriteString("url", delivery.Url?.ToString());
            writer.WriteNumber("attempt", delivery.Attempt);
            writer.WriteBoolean("isDuplicate", delivery.IsDuplicate);
            writer.WriteNumber("latencyMs", Math.Round(latency.TotalMilliseconds, 1));
            if (delivery.ResponseStatus is { } answered)
            {
                writer.WriteNumber("responseStatus", answered);
            }
            else
            {
                writer.WriteNull("responseStatus");
            }

            writer.WriteString("error", delivery.Error);
            writer.WritePropertyName("body");
            WriteJsonOrText(writer, delivery.Body);
            writer.WritePropertyName("responseBody");
            WriteJsonOrText(writer, delivery.ResponseBody);
            writer.WriteEndObject();
        });
        Add(
            ConsoleEventKind.WebhookSent,
            string.IsNullOrEmpty(delivery.SessionId) ? null : delivery.SessionId,
            $"{delivery.WebhookType.Value} {delivery.EventType.Value} → {outcome}{copy}",
            detail,
            deliveryNumber: number);
    }

    public void Refused(EmulatorDiagnostic diagnostic)
    {
        string code = diagnostic.StatusCode.ToString(CultureInfo.InvariantCulture);
        string http = diagnostic.HttpStatus is { } status ? $"HTTP {status.ToString(CultureInfo.InvariantCulture)}" : "reply refused";
        string detail = ConsoleJson.Compose(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("route", diagnostic.Route.ToString());
            writer.WriteString("httpStatus", diagnostic.HttpStatus?.ToString(CultureInfo.InvariantCulture));
            writer.WriteNumber("statusCode", diagnostic.StatusCode);
            writer.WriteString("message", diagnostic.Message);
            writer.WriteString("jsonPath", diagnostic.JsonPath);
            writer.WriteString("value", diagnostic.Value);
            writer.WriteEndObject();
        });
        Add(ConsoleEventKind.Refused, diagnostic.SessionId, $"{diagnostic.Route} {http}, code {code}: {diagnostic.Message}", detail, diagnostic.At);
    }

    public void Answered(RecordedRequest request, int? status, TimeSpan latency, string? sessionId)
    {
        if (request.Route == EmulatorRoute.CreateWebhook && JsonBody.TryReadObject(request.Body, out JsonElement root, out _))
        {
            mask.Add(JsonBody.Text(root, "httpAuthHeader"));
        }

        string answered = status?.ToString(CultureInfo.InvariantCulture) ?? "connection dropped";
        string detail = ConsoleJson.Compose(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("route", request.Route.ToString());
            writer.WriteString("method", request.Method);
            writer.WriteString("path", request.Path + request.Query);
            writer.WriteString("status", answered);
            writer.WriteNumber("latencyMs", Math.Round(latency.TotalMilliseconds, 1));
            writer.WriteStartObject("headers");
            foreach ((string name, string value) in request.Headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
            {
                writer.WriteString(name, SecretMask.IsSecretName(name) || name.Equals("Cookie", StringComparison.OrdinalIgnoreCase) ? SecretMask.Masked : value);
            }

            writer.WriteEndObject();
            writer.WritePropertyName("body");
            WriteJsonOrText(writer, request.Body);
            writer.WriteEndObject();
        });
        Add(ConsoleEventKind.Request, sessionId, $"{request.Method} {request.Path} → {answered}", detail, request.ReceivedAt);
        if (EvoSnapshot is { } snapshot && IsEvoChange(request.Route) && status is < 400)
        {
            Add(ConsoleEventKind.EvoSessions, null, $"Evo sessions after {request.Route}", snapshot());
        }
    }

    public void CallEnded(string sessionId, WebhookDelivery summary)
    {
        string status = summary.Event is SessionSummaryEvent parsed ? parsed.Payload.SessionStatus?.Value ?? "?" : "?";
        Add(ConsoleEventKind.CallEnded, sessionId, $"Session ended {status}", summary.Body);
    }

    /// <summary>Forgets every event and delivery and tells every open stream to start again; the numbering goes on.</summary>
    public void Clear(string why)
    {
        lock (_gate)
        {
            _events.Clear();
            _deliveries.Clear();
        }

        _sessions.Clear();
        _sessionTimes.Clear();
        Add(ConsoleEventKind.Reset, null, why);
    }

    /// <summary>Adds events read from an exported state, renumbered after the current ones.</summary>
    public void Import(IEnumerable<ConsoleEvent> events)
    {
        foreach (ConsoleEvent imported in events)
        {
            if (imported.SessionId is { } id && imported.Kind == ConsoleEventKind.CallStarted)
            {
                _sessions[id] = (imported.SubAccountId ?? string.Empty, imported.Destination ?? string.Empty);
            }

            Add(imported.Kind, imported.SessionId, imported.Summary, imported.Detail, imported.At);
        }
    }

    /// <summary>The actions of a callflow the app answered with, or <see langword="null"/> for any other answer.</summary>
    private static string? ReplyActions(string reply)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(reply);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("callflow", out JsonElement flow) || flow.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return string.Join(", ", flow.EnumerateArray().Select(a => ConsoleJson.Text(a, "action") ?? "?"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsEvoChange(EmulatorRoute route) => route is EmulatorRoute.CreateSession or EmulatorRoute.EndSession or EmulatorRoute.DeleteSessions
        or EmulatorRoute.CreateOutgoingSession or EmulatorRoute.RedirectSession or EmulatorRoute.HoldSession or EmulatorRoute.PatchSession
        or EmulatorRoute.AddConferenceMember or EmulatorRoute.RejectSession or EmulatorRoute.RecordSession or EmulatorRoute.InviteChatMember
        or EmulatorRoute.DeleteChatMember or EmulatorRoute.SendMessage;

    private static void WriteStep(Utf8JsonWriter writer, FlowStep step)
    {
        writer.WriteStartObject();
        writer.WriteString("action", step.Action);
        if (step.Params.ValueKind != JsonValueKind.Undefined)
        {
            writer.WritePropertyName("params");
            step.Params.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteJsonOrText(Utf8JsonWriter writer, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            writer.WriteStringValue(text);
            return;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            document.RootElement.WriteTo(writer);
        }
        catch (JsonException)
        {
            writer.WriteStringValue(text);
        }
    }

    private void Publish(ConsoleEvent entry)
    {
        foreach (Channel<ConsoleEvent> subscriber in _subscribers)
        {
            subscriber.Writer.TryWrite(entry);
        }

        foreach (TaskCompletionSource waiter in _waiters)
        {
            waiter.TrySetResult();
        }

        _waiters.Clear();
    }

    private sealed class Unsubscriber(ConsoleJournal journal, Channel<ConsoleEvent> channel) : IDisposable
    {
        public void Dispose()
        {
            lock (journal._gate)
            {
                journal._subscribers.Remove(channel);
            }

            channel.Writer.TryComplete();
        }
    }
}
