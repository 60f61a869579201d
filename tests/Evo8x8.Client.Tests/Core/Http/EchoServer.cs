using System.Text.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.Tests.Core.Http;

/// <summary>
/// A real Kestrel server on 127.0.0.1 that answers every request with what it received, as careless proxies and
/// services do: an HTML page listing the request headers, 8x8's JSON error quoting the request body, or Evo's
/// ServiceStack error quoting both (with Basic credentials decoded), each with a phone number in it.
/// </summary>
internal sealed class EchoServer : IAsyncDisposable
{
    public const string PhoneNumber = "+44 20 7946 0958";

    private readonly WebApplication _app;

    private EchoServer(WebApplication app) => _app = app;

    public enum Form
    {
        HtmlHeaders,
        VoiceJsonBody,
        EvoJsonEverything,
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Form Answer { get; set; }

    public int Status { get; set; } = 400;

    public static async Task<EchoServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var server = new EchoServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return server;
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
        string headers = string.Join("\n", context.Request.Headers.OrderBy(header => header.Key != "Authorization").Select(header => $"{header.Key}: {header.Value}"));
        string echo = $"Call {PhoneNumber} failed. You sent {headers} {Decoded(context.Request.Headers.Authorization.ToString())} with body {body}";
        context.Response.StatusCode = Status;
        switch (Answer)
        {
            case Form.HtmlHeaders:
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync($"<html><body><h1>Bad request</h1><pre>{echo}</pre></body></html>");
                break;
            case Form.VoiceJsonBody:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(
                    $$"""{"sessionStatus":"FAILED","callFlowRequestId":"89b545a5-0676-11ee-8100-d500c0d203fc","statusCode":-1001,"statusMessage":{{Quoted(echo)}}}""");
                break;
            default:
                context.Response.ContentType = "application/json";
                string quoted = Quoted(echo);
                await context.Response.WriteAsync(
                    $$$"""{"responseStatus":{"errorCode":{{{quoted}}},"message":{{{quoted}}},"stackTrace":{{{quoted}}},"errors":[{"errorCode":{{{quoted}}},"fieldName":{{{quoted}}},"message":{{{quoted}}}}]}}""");
                break;
        }
    }

    private static string Quoted(string text) => $"\"{JsonEncodedText.Encode(text).Value}\"";

    private static string Decoded(string authorization)
        => authorization.StartsWith("Basic ", StringComparison.Ordinal)
            ? "as " + Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..]))
            : string.Empty;
}
