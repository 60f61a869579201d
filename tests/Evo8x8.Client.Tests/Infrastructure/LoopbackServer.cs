using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port. Each request is recorded (verb, path, query,
/// headers, body) and answered by the next scripted reply, or by the default reply when the script is empty.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LoopbackServer(WebApplication app) => _app = app;

    /// <summary>The server's address, for example http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The answer when nothing is scripted.</summary>
    public ScriptedReply DefaultReply { get; set; } = ScriptedReply.Json(200, "{}");

    /// <summary>Starts on <paramref name="port"/>, or on a free port when it is 0.</summary>
    public static async Task<LoopbackServer> StartAsync(int port = 0)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Queues replies, answered in order, one per request.</summary>
    public LoopbackServer Reply(params ScriptedReply[] replies)
    {
        foreach (ScriptedReply reply in replies)
        {
            _script.Enqueue(reply);
        }

        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        string body = await reader.ReadToEndAsync();
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body) { ConnectionId = context.Connection.Id });

        ScriptedReply reply = _script.TryDequeue(out ScriptedReply? next) ? next : DefaultReply;
        if (reply.Delay > TimeSpan.Zero)
        {
            await Task.Delay(reply.Delay, context.RequestAborted);
        }

        if (reply.DropConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = reply.Status;
        foreach ((string name, string value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (reply.ContentType is not null)
        {
            context.Response.ContentType = reply.ContentType;
        }

        byte[] bytes = reply.BodyBytes ?? System.Text.Encoding.UTF8.GetBytes(reply.Body);
        if (reply.StallAfterHeaders)
        {
            // Headers go out, then nothing: only the client's own timeout (or the test's end) can stop the wait.
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (reply.CutAfterBytes is { } cut)
        {
            // The status and a Content-Length promising the whole body, then part of it and a dropped connection.
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes.AsMemory(0, cut));
            await context.Response.Body.FlushAsync();

            // A reset that overtakes the headers would look like no answer at all: let them be read first.
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            context.Abort();
            return;
        }

        await context.Response.Body.WriteAsync(bytes);
    }
}

/// <summary>One request as the server saw it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Kestrel's id of the connection the request came on, to count connections.</summary>
    public string ConnectionId { get; init; } = string.Empty;

    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}

/// <summary>One scripted answer.</summary>
public sealed record ScriptedReply(int Status, string Body, string? ContentType)
{
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    public TimeSpan Delay { get; init; }

    public bool DropConnection { get; init; }

    /// <summary>The body as raw bytes (invalid UTF-8, gzip), sent instead of <see cref="Body"/>.</summary>
    public byte[]? BodyBytes { get; init; }

    /// <summary>Sends the status and headers, then nothing until the client gives up.</summary>
    public bool StallAfterHeaders { get; init; }

    /// <summary>Promises the whole body with Content-Length, sends this many bytes of it, then drops the connection.</summary>
    public int? CutAfterBytes { get; init; }

    public static ScriptedReply Json(int status, string body) => new(status, body, "application/json");

    public static ScriptedReply Fixture(int status, string fixturePath) => Json(status, Fixtures.Read(fixturePath));

    public static ScriptedReply Text(int status, string body, string contentType = "text/html") => new(status, body, contentType);
}
