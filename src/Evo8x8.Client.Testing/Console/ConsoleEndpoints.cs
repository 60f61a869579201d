using System.Globalization;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Evo8x8.Client.Testing.Console;

/// <summary>
/// The console over HTTP: the page and its assets (embedded in the package), the event stream (server-sent events),
/// and the control API under <c>/console/api/</c>, each route the twin of an <see cref="EmulatorConsole"/> method.
/// None of it goes through the emulated APIs' pipeline, so it is neither recorded nor faulted. Only loopback host
/// names are served, and changes need a JSON body, so a web page elsewhere cannot drive the console.
/// </summary>
internal static class ConsoleEndpoints
{
    private const string Api = "/console/api";

    // The page may load and call nothing but this emulator.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    public static void Map(WebApplication app, EmulatorConsole console)
    {
        CancellationToken stopping = app.Lifetime.ApplicationStopping;
        app.MapGet("/console", (RequestDelegate)(context => Guarded(context, () => ConsoleAssets.WriteAsync(context, "index.html"))));
        app.MapGet("/console/assets/{name}", (RequestDelegate)(context => Guarded(context, () => ConsoleAssets.WriteAsync(context, context.Request.RouteValues["name"]?.ToString() ?? string.Empty))));
        app.MapGet($"{Api}/events", (RequestDelegate)(context => Guarded(context, () => StreamAsync(context, console, stopping))));
        app.MapGet($"{Api}/journal", (RequestDelegate)(context => Guarded(context, () => JournalAsync(context, console))));
        app.MapGet($"{Api}/status", (RequestDelegate)(context => Guarded(context, () => StatusAsync(context, console))));
        app.MapGet($"{Api}/state", (RequestDelegate)(context => Guarded(context, () => WriteAsync(context, StatusCodes.Status200OK, console.ExportState()))));

        Post(app, "/state", (context, body) =>
        {
            console.ImportState(body);
            return Ok(context);
        });
        Post(app, "/reset", (context, _) =>
        {
            console.Reset();
            return Ok(context);
        });
        Post(app, "/clock/advance", (context, body) =>
        {
            JsonElement root = Object(body);
            double seconds = root.TryGetProperty("seconds", out JsonElement value) && value.TryGetDouble(out double s) ? s : throw new FormatException("Give {\"seconds\": n}, the seconds to move the clock by.");
            console.AdvanceClock(Duration.FromSeconds(seconds));
            return StatusAsync(context, console);
        });
        Post(app, "/faults", (context, body) =>
        {
            (EmulatorRoute route, ScriptedFault fault) = EmulatorStateJson.ReadFault(Object(body));
            console.InjectFault(route, fault);
            return Ok(context);
        });
        Post(app, "/callee", (context, body) =>
        {
            JsonElement root = Object(body);
            if (root.TryGetProperty("all", out JsonElement all) && all.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                console.TakesAllCalls = all.GetBoolean();
            }

            if (ConsoleJson.Text(root, "destination") is { Length: > 0 } destination)
            {
                console.TakeCallsTo(destination);
            }

            return StatusAsync(context, console);
        });
        Post(app, "/deliveries/{number}/replay", async (context, body) =>
        {
            int number = int.TryParse(context.Request.RouteValues["number"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
            EmulatedWebhookDelivery delivery = console.Delivery(number) ?? throw new KeyNotFoundException($"No delivery number {number.ToString(CultureInfo.InvariantCulture)}; the console numbers them from 1 (see deliveryNumber in the journal).");
            JsonElement root = string.IsNullOrWhiteSpace(body) ? default : Object(body);
            int copies = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("copies", out JsonElement c) && c.TryGetInt32(out int count) ? count : 1;
            IReadOnlyList<EmulatedWebhookDelivery> replayed = await console.ReplayAsync(delivery, copies, context.RequestAborted).ConfigureAwait(false);
            await WriteAsync(context, StatusCodes.Status200OK, ConsoleJson.Compose(writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("deliveries");
                foreach (EmulatedWebhookDelivery post in replayed)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("attempt", post.Attempt);
                    writer.WriteBoolean("isDuplicate", post.IsDuplicate);
                    if (post.ResponseStatus is { } status)
                    {
                        writer.WriteNumber("responseStatus", status);
                    }
                    else
                    {
                        writer.WriteNull("responseStatus");
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            })).ConfigureAwait(false);
        });
        Post(app, "/calls/{sessionId}/answer", (context, _) => Respond(context, console, CalleeResponse.Answer));
        Post(app, "/calls/{sessionId}/reject", (context, _) => Respond(context, console, CalleeResponse.Reject));
        Post(app, "/calls/{sessionId}/busy", (context, _) => Respond(context, console, CalleeResponse.Busy));
        Post(app, "/calls/{sessionId}/no-answer", (context, _) => Respond(context, console, CalleeResponse.NoAnswer));
        Post(app, "/calls/{sessionId}/keys", (context, body) =>
        {
            console.Press(SessionId(context), ConsoleJson.Text(Object(body), "keys") ?? throw new FormatException("Give {\"keys\": \"1#\"}."));
            return Ok(context);
        });
        Post(app, "/calls/{sessionId}/hang-up", (context, _) =>
        {
            console.HangUp(SessionId(context));
            return Ok(context);
        });
    }

    private static void Post(WebApplication app, string pattern, Func<HttpContext, string, Task> handle)
        => app.MapPost(Api + pattern, (RequestDelegate)(context => Guarded(context, async () =>
        {
            // A form or a "simple" cross-site request cannot carry this type without a CORS preflight, which is never granted.
            if (context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            {
                await ErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, "The control API takes application/json bodies (send {} when there is nothing to say).").ConfigureAwait(false);
                return;
            }

            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            string body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            try
            {
                await handle(context, body).ConfigureAwait(false);
            }
            catch (InvalidOperationException exception)
            {
                await ErrorAsync(context, StatusCodes.Status409Conflict, exception.Message).ConfigureAwait(false);
            }
            catch (KeyNotFoundException exception)
            {
                await ErrorAsync(context, StatusCodes.Status404NotFound, exception.Message).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException)
            {
                await ErrorAsync(context, StatusCodes.Status400BadRequest, exception.Message).ConfigureAwait(false);
            }
        })));

    private static async Task Guarded(HttpContext context, Func<Task> serve)
    {
        // DNS rebinding: a page served by another name that resolves here must not reach the console.
        string host = context.Request.Host.Host;
        if (host is not ("127.0.0.1" or "localhost" or "[::1]" or "::1"))
        {
            await ErrorAsync(context, StatusCodes.Status403Forbidden, "The console answers on its loopback address only.").ConfigureAwait(false);
            return;
        }

        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-store";
        await serve().ConfigureAwait(false);
    }

    private static async Task StreamAsync(HttpContext context, EmulatorConsole console, CancellationToken stopping)
    {
        long after = long.TryParse(context.Request.Headers["Last-Event-ID"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out long lastId) ? lastId : 0;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.Connection = "keep-alive";
        using CancellationTokenSource ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        (IReadOnlyList<ConsoleEvent> backlog, System.Threading.Channels.ChannelReader<ConsoleEvent> live, IDisposable handle) = console.Subscribe(after);
        using (handle)
        {
            try
            {
                await context.Response.WriteAsync("retry: 1000\n\n", ended.Token).ConfigureAwait(false);
                foreach (ConsoleEvent entry in backlog)
                {
                    await WriteEventAsync(context, entry, ended.Token).ConfigureAwait(false);
                }

                await context.Response.Body.FlushAsync(ended.Token).ConfigureAwait(false);
                await foreach (ConsoleEvent entry in live.ReadAllAsync(ended.Token).ConfigureAwait(false))
                {
                    await WriteEventAsync(context, entry, ended.Token).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(ended.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // The page closed, or the emulator is stopping: the stream simply ends.
            }
        }
    }

    private static Task WriteEventAsync(HttpContext context, ConsoleEvent entry, CancellationToken cancellationToken)
    {
        // One data line: the JSON writer escapes line breaks inside strings.
        string json = ConsoleJson.Compose(writer => ConsoleJson.WriteEvent(writer, entry));
        return context.Response.WriteAsync($"id: {entry.Sequence.ToString(CultureInfo.InvariantCulture)}\ndata: {json}\n\n", cancellationToken);
    }

    private static Task JournalAsync(HttpContext context, EmulatorConsole console)
    {
        string? session = context.Request.Query["session"].FirstOrDefault();
        string? destination = context.Request.Query["destination"].FirstOrDefault()?.TrimStart('+');
        string? subAccount = context.Request.Query["subaccount"].FirstOrDefault();
        IEnumerable<ConsoleEvent> events = console.Events
            .Where(e => string.IsNullOrEmpty(session) || e.SessionId == session)
            .Where(e => string.IsNullOrEmpty(destination) || e.Destination?.TrimStart('+') == destination)
            .Where(e => string.IsNullOrEmpty(subAccount) || e.SubAccountId == subAccount);
        return WriteAsync(context, StatusCodes.Status200OK, ConsoleJson.Compose(writer =>
        {
            writer.WriteStartArray();
            foreach (ConsoleEvent entry in events)
            {
                ConsoleJson.WriteEvent(writer, entry);
            }

            writer.WriteEndArray();
        }));
    }

    private static Task StatusAsync(HttpContext context, EmulatorConsole console)
        => WriteAsync(context, StatusCodes.Status200OK, console.StatusJson());

    private static Task Respond(HttpContext context, EmulatorConsole console, CalleeResponse response)
    {
        console.Respond(SessionId(context), response);
        return Ok(context);
    }

    private static string SessionId(HttpContext context) => context.Request.RouteValues["sessionId"]?.ToString() ?? string.Empty;

    private static JsonElement Object(string body)
        => JsonBodyOf(body, out JsonElement root) ? root : throw new FormatException("The body must be a JSON object.");

    private static bool JsonBodyOf(string body, out JsonElement root)
        => Voice.JsonBody.TryReadObject(string.IsNullOrWhiteSpace(body) ? "{}" : body, out root, out _);

    private static Task Ok(HttpContext context) => WriteAsync(context, StatusCodes.Status200OK, "{\"ok\":true}");

    private static Task ErrorAsync(HttpContext context, int status, string message)
        => WriteAsync(context, status, ConsoleJson.Compose(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("error", message);
            writer.WriteEndObject();
        }));

    private static Task WriteAsync(HttpContext context, int status, string json) => JsonAnswer.WriteRawAsync(context, status, json);
}
