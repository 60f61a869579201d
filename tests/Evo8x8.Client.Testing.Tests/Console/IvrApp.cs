using System.Security.Cryptography;
using System.Threading.Channels;
using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using Evo8x8.Samples.Ivr;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.Testing.Tests.Console;

/// <summary>
/// The app under test: the IVR sample's <see cref="MenuHandler"/>, hosted on Kestrel as the sample hosts it, with its
/// webhooks registered at the emulator through the SDK and a random <c>Authorization</c> secret. Every event its
/// handler receives is kept, so a test can see the DTMF it got.
/// </summary>
internal sealed class IvrApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<WebhookEvent> _events;

    private IvrApp(WebApplication app, Channel<WebhookEvent> events, string webhookSecret, VoiceClient voice)
    {
        _app = app;
        _events = events;
        WebhookSecret = webhookSecret;
        Voice = voice;
    }

    public string WebhookSecret { get; }

    public VoiceClient Voice { get; }

    public List<WebhookEvent> Received { get; } = [];

    public static async Task<IvrApp> StartAsync(Evo8x8Emulator emulator)
    {
        string webhookSecret = "Bearer " + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var events = Channel.CreateUnbounded<WebhookEvent>();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(events.Writer);
        WebApplication app = builder.Build();
        app.MapEightByEightWebhooks<MenuHandler>("/webhooks/8x8", options => options.AuthorizationHeaderValue = webhookSecret);
        await app.StartAsync();
        var webhookUrl = new Uri(new Uri(app.Urls.First()), "/webhooks/8x8");

        VoiceClient voice = EmulatorHttp.Sdk(emulator);
        foreach (WebhookType type in new[] { WebhookType.CallAction, WebhookType.CallStatus, WebhookType.SessionSummary })
        {
            await voice.WebhookRegistrations.CreateAsync(new NewWebhookRegistration(type, webhookUrl) { HttpAuthHeader = webhookSecret });
        }

        return new IvrApp(app, events, webhookSecret, voice);
    }

    /// <summary>Sends the sample's first menu to <paramref name="callee"/>, as the sample's program does.</summary>
    public async Task<string> CallAsync(string callee)
    {
        Callflow menu = new CallflowBuilder()
            .MakeCall(source: "+6568332048", destination: callee)
            .SayAndCapture("Welcome. Press 1 for sales, or 2 for support.", MenuHandler.Voice, minDigits: 1, maxDigits: 1)
            .Build();
        CallflowResult result = await Voice.Callflows.SendAsync(menu);
        return result.SessionId!;
    }

    /// <summary>Waits until the app's handler has received an event that matches.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool> match, CancellationToken cancellationToken)
        where T : WebhookEvent
    {
        if (Received.OfType<T>().FirstOrDefault(match) is { } seen)
        {
            return seen;
        }

        await foreach (WebhookEvent received in _events.Reader.ReadAllAsync(cancellationToken))
        {
            Received.Add(received);
            if (received is T typed && match(typed))
            {
                return typed;
            }
        }

        throw new InvalidOperationException("The app's event channel closed.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
