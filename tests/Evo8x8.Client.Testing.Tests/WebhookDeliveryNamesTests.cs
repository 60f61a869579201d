using System.Collections.Concurrent;
using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.Testing.Tests;

/// <summary>
/// A receiver's test imports both the receiver package and the emulator: the receiver's <see cref="WebhookDelivery"/>
/// and the emulator's <see cref="EmulatedWebhookDelivery"/> are named apart, so this file compiles without aliases.
/// </summary>
public sealed class WebhookDeliveryNamesTests
{
    private const string Secret = "Bearer names-test-secret";

    [Fact]
    public async Task SendVirtualNumberUpdateAsync_ToAFilteredRoute_BothDeliveriesSeeTheSameEvent()
    {
        var seen = new ConcurrentQueue<WebhookEvent>();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddEightByEightWebhooks(options => options.AuthorizationHeaderValue = Secret);
        await using WebApplication app = builder.Build();
        app.MapGroup("/voice").AddEightByEightWebhookFilter().MapPost("/numbers", (WebhookDelivery delivery) =>
        {
            seen.Enqueue(delivery.Event);
            return Results.Ok();
        });
        await app.StartAsync();
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.VirtualNumberUpdated, new Uri(new Uri(app.Urls.First()), "/voice/numbers"), Secret);

        EmulatedWebhookDelivery sent = await emulator.SendVirtualNumberUpdateAsync();

        Assert.True(sent.Delivered);
        VirtualNumberUpdateEvent received = Assert.IsType<VirtualNumberUpdateEvent>(Assert.Single(seen));
        Assert.Equal(((VirtualNumberUpdateEvent)sent.Event).Payload.VirtualNumbers.Count, received.Payload.VirtualNumbers.Count);
        await app.StopAsync();
    }
}
