using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Evo8x8.Samples.AppTesting;

/// <summary>
/// .NET 8: WebApplicationFactory has no UseKestrel, so the app is built a second time on Kestrel (a free port of
/// 127.0.0.1) next to the in-memory host the factory needs. Webhooks reach the Kestrel instance: read what the app
/// received from <see cref="KestrelServices"/>.
/// </summary>
public sealed class KestrelWebApplicationFactory<TProgram>(Action<IWebHostBuilder> configure) : WebApplicationFactory<TProgram>
    where TProgram : class
{
    private IHost? _kestrelHost;

    /// <summary>The app's real address, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri ServerAddress
        => new(KestrelServices.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>The services of the Kestrel instance, the one that receives the webhooks.</summary>
    public IServiceProvider KestrelServices
    {
        get
        {
            _ = Server; // builds both hosts on first use
            return _kestrelHost!.Services;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => configure(builder);

    protected override IHost CreateHost(IHostBuilder builder)
    {
        IHost testHost = builder.Build();
        builder.ConfigureWebHost(web => web.UseKestrel().UseUrls("http://127.0.0.1:0"));
        _kestrelHost = builder.Build();
        _kestrelHost.Start();
        testHost.Start();
        return testHost;
    }

    protected override void Dispose(bool disposing)
    {
        _kestrelHost?.Dispose();
        base.Dispose(disposing);
    }
}
