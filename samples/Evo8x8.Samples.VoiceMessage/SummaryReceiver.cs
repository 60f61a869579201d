using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Samples.VoiceMessage;

/// <summary>A webhook receiver on a free port of 127.0.0.1, the way an application receives 8x8's session summary.</summary>
public sealed class SummaryReceiver : IAsyncDisposable
{
    private const string Path = "/webhooks/8x8";
    private readonly WebApplication _app;
    private readonly SummaryInbox _inbox;

    private SummaryReceiver(WebApplication app, SummaryInbox inbox)
    {
        _app = app;
        _inbox = inbox;
    }

    public Uri Url => new(new Uri(_app.Urls.First()), Path);

    public static async Task<SummaryReceiver> StartAsync(string authorization)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var inbox = new SummaryInbox();
        builder.Services.AddSingleton(inbox);
        WebApplication app = builder.Build();
        app.MapEightByEightWebhooks<SummaryHandler>(Path, options => options.AuthorizationHeaderValue = authorization);
        await app.StartAsync();
        return new SummaryReceiver(app, inbox);
    }

    public Task<SessionSummaryEvent> WaitForSummaryAsync(string sessionId, CancellationToken cancellationToken)
        => _inbox.WaitAsync(sessionId, cancellationToken);

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
