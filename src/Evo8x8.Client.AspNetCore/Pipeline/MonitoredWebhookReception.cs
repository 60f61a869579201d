using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>The application's shared checks, read from <see cref="IOptionsMonitor{TOptions}"/>; one per application.</summary>
internal sealed class MonitoredWebhookReception(IOptionsMonitor<WebhookEndpointOptions> options, ILoggerFactory? loggerFactory = null)
{
    private readonly Lazy<WebhookReception> _reception = new(() => new WebhookReception(
        WebhookRulesSource.Monitored(options),
        loggerFactory?.CreateLogger(WebhookLog.Category) ?? NullLogger.Instance));

    public WebhookReception Reception => _reception.Value;

    public static WebhookReception From(IServiceProvider services)
        => (services.GetService<MonitoredWebhookReception>()
            ?? throw new InvalidOperationException(
                "8x8 webhooks read their options from services.AddEightByEightWebhooks(...); call it before mapping endpoints or adding the webhook filter."))
            .Reception;

    public static WebhookReception Fixed(IServiceProvider services, WebhookEndpointOptions options)
    {
        ILogger logger = services.GetService<ILoggerFactory>()?.CreateLogger(WebhookLog.Category) ?? NullLogger.Instance;
        var reception = new WebhookReception(WebhookRulesSource.Fixed(options), logger);
        ForwardedHeadersTrust.WarnIfTrustsEveryone(services, options.AllowedSources, logger);
        return reception;
    }
}
