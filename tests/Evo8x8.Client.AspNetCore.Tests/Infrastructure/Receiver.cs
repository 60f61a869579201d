using System.Net.Http.Headers;
using System.Text;
using Evo8x8.Client.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Tests.Infrastructure;

/// <summary>One receiving application on Kestrel at 127.0.0.1 with a free port, and a client that posts deliveries to it.</summary>
public sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Receiver(WebApplication app, LogCapture log)
    {
        _app = app;
        Log = log;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public LogCapture Log { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<Receiver> StartAsync(Action<WebApplicationBuilder> configureServices, Action<WebApplication> configureApp)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var log = new LogCapture();
        builder.Logging.AddProvider(log);
        configureServices(builder);
        WebApplication app = builder.Build();
        configureApp(app);
        await app.StartAsync();
        return new Receiver(app, log);
    }

    public static string Fixture(string name) => Fixtures.Read(Path.Combine("Voice", "Webhooks", "Fixtures", name));

    public async Task<HttpResponseMessage> PostAsync(string path, string body, string? authorization, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
