using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>Warns while the application starts when the registered options filter sources that forwarded headers can forge.</summary>
internal sealed class ForwardedHeadersStartupCheck(IServiceProvider services, IOptionsMonitor<WebhookEndpointOptions> options, ILoggerFactory? loggerFactory = null) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ForwardedHeadersTrust.WarnIfTrustsEveryone(
            services,
            options.CurrentValue.AllowedSources,
            loggerFactory?.CreateLogger(WebhookLog.Category) ?? NullLogger.Instance);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
