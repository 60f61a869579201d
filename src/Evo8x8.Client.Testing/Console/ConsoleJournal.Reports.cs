using System.Globalization;
using System.Text.Json;
using Evo8x8.Client.Testing.Voice;
using Evo8x8.Client.Voice.Webhooks;
using NodaTime;

namespace Evo8x8.Client.Testing.Console;

/// <summary>What the emulator's parts report, each turned into an event a person can read.</summary>
internal sealed partial class ConsoleJournal
{
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

    public void Delivered(EmulatedWebhookDelivery delivery, TimeSpan latency)
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

    public void CallEnded(string sessionId, EmulatedWebhookDelivery summary)
    {
        string status = summary.Event is SessionSummaryEvent parsed ? parsed.Payload.SessionStatus?.Value ?? "?" : "?";
        Add(ConsoleEventKind.CallEnded, sessionId, $"Session ended {status}", summary.Body);
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
}
