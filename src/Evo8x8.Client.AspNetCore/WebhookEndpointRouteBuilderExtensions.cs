using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Evo8x8.Client.AspNetCore;

/// <summary>Maps the endpoint that receives 8x8 webhooks.</summary>
public static class WebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to receive 8x8 webhooks: it checks the <c>Authorization</c> header
    /// (401 when wrong or missing, before the body is read), limits and parses the body (413 when too large, 400 with a
    /// problem description when malformed), hands the typed event to <typeparamref name="THandler"/>, and answers 200,
    /// with the handler's callflow as JSON for a call action.
    /// </summary>
    /// <typeparam name="THandler">Your handler, resolved from dependency injection per delivery (or created from its constructor).</typeparam>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route, for example <c>/webhooks/8x8</c>; use it as the webhook's <c>url</c> at 8x8.</param>
    /// <param name="configure">Sets the expected <c>Authorization</c> value and limits.</param>
    /// <returns>The endpoint's builder, to add metadata such as a host requirement or rate limiting.</returns>
    /// <exception cref="InvalidOperationException">Neither an authorization value nor <see cref="WebhookEndpointOptions.AllowUnauthenticated"/> was set.</exception>
    public static IEndpointConventionBuilder MapEightByEightWebhooks<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        Action<WebhookEndpointOptions> configure)
        where THandler : class, IWebhookHandler
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(configure);

        var options = new WebhookEndpointOptions();
        configure(options);
        ILogger logger = endpoints.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(WebhookEndpoint.LoggerCategory)
            ?? NullLogger.Instance;
        var endpoint = new WebhookEndpoint(
            options,
            services => ActivatorUtilities.GetServiceOrCreateInstance<THandler>(services),
            logger);
        return endpoints.MapPost(pattern, endpoint.HandleAsync);
    }
}
