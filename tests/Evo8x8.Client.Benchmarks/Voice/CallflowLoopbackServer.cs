using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.Benchmarks.Voice;

/// <summary>Kestrel on 127.0.0.1 answering every callflow POST with 8x8's <c>CREATED</c> answer (seed 001's shape).</summary>
public sealed class CallflowLoopbackServer : IAsyncDisposable
{
    public const string SubAccountId = "bench-subaccount";

    private static readonly byte[] Created = Encoding.UTF8.GetBytes(
        """{"sessionId":"03cc8cac-376b-11ef-a28b-0582ff0039d5","sessionStatus":"CREATED","callFlowRequestId":"03cc3e8b-376b-11ef-a28b-4dd5d900ecb3","statusCode":1,"statusMessage":"Created"}""");

    private readonly WebApplication _app;

    private CallflowLoopbackServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<CallflowLoopbackServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        app.MapPost($"/api/v1/subaccounts/{SubAccountId}/callflows", async context =>
        {
            // Read the whole body, as 8x8 would, then answer.
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = Created.Length;
            await context.Response.Body.WriteAsync(Created, context.RequestAborted);
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CallflowLoopbackServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
