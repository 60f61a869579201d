using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Evo8x8.Client.Testing.Console;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Evo8x8.Client.Testing.Core;

/// <summary>
/// What every request goes through before its operation: the body is read and the request recorded (so counts
/// include faults and refusals), then a scripted fault for the operation, if one waits, replaces the answer. Once
/// answered, the request goes to the console's journal.
/// </summary>
internal sealed class EmulatorPipeline(EmulatorFaults faults, IClock clock, DiagnosticLog diagnostics, ConsoleJournal journal, Evo8x8EmulatorOptions options)
{
    /// <summary>Where an operation leaves the 8x8 session a request created, for the console's journal.</summary>
    public const string SessionIdItem = "evo8x8.sessionId";

    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public void Clear() => _requests.Clear();

    public void Map(WebApplication app, string method, string pattern, EmulatorRoute route, Func<EmulatorRequest, Task> operation)
        => app.MapMethods(pattern, [method], (RequestDelegate)(context => HandleAsync(context, route, operation)));

    public void MapFallback(WebApplication app)
        => app.MapFallback((RequestDelegate)(context => HandleAsync(
            context,
            EmulatorRoute.Unmatched,
            request =>
            {
                string message = $"No emulated operation at {request.Context.Request.Method} {request.Context.Request.Path}";
                request.Refused(StatusCodes.Status404NotFound, StatusCodes.Status404NotFound, message);
                return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status404NotFound, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("statusCode", StatusCodes.Status404NotFound);
                    writer.WriteString("statusMessage", message);
                    writer.WriteEndObject();
                });
            })));

    private async Task HandleAsync(HttpContext context, EmulatorRoute route, Func<EmulatorRequest, Task> operation)
    {
        // DNS rebinding: a page served by another name that resolves here must reach no route, and nothing is recorded.
        if (!Evo8x8EmulatorOptions.IsAllowedHost(context.Request.Host.Host, options.AllowedHosts))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync(
                "The emulator answers its loopback names only; add this host to Evo8x8EmulatorOptions.AllowedHosts (--allowed-host) to allow it.",
                context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var answerTime = Stopwatch.StartNew();
        using var reader = new StreamReader(context.Request.Body);
        string body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var recorded = new RecordedRequest(
            route,
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            clock.GetCurrentInstant());
        _requests.Enqueue(recorded);
        while (_requests.Count > options.RecordedRequestLimit && _requests.TryDequeue(out _))
        {
            // A ring of the most recent requests: the oldest go.
        }

        if (faults.TryTake(route, out ScriptedFault fault))
        {
            await ServeAsync(context, fault).ConfigureAwait(false);
            journal.Answered(recorded, fault.DropsConnection ? null : fault.HttpStatus, answerTime.Elapsed, sessionId: null);
            return;
        }

        var request = new EmulatorRequest(context, body, route, diagnostics, clock);
        await operation(request).ConfigureAwait(false);
        if (!request.RefusalNoted && context.Response.StatusCode >= StatusCodes.Status400BadRequest)
        {
            // An operation that does not explain its refusals itself (Evo's) is still listed, with what HTTP says.
            int status = context.Response.StatusCode;
            request.Refused(status, status, $"{context.Request.Method} {context.Request.Path} was answered {status}; the answer body says why");
        }

        string? sessionId = context.Items[SessionIdItem] as string ?? context.Request.RouteValues["sessionId"] as string;
        journal.Answered(recorded, context.Response.StatusCode, answerTime.Elapsed, sessionId);
    }

    private static async Task ServeAsync(HttpContext context, ScriptedFault fault)
    {
        if (fault.Delay > Duration.Zero)
        {
            await Task.Delay(fault.Delay.ToTimeSpan(), context.RequestAborted).ConfigureAwait(false);
        }

        if (fault.DropsConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = fault.HttpStatus;
        if (fault.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (fault.Body.Length > 0)
        {
            context.Response.ContentType = fault.ContentType;
            await context.Response.WriteAsync(fault.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
