using System.Diagnostics.CodeAnalysis;
using Evo8x8.Client.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

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
    /// <exception cref="InvalidOperationException">The options are invalid: neither an authorization value nor <see cref="WebhookEndpointOptions.AllowUnauthenticated"/> was set.</exception>
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
        return Map<THandler>(endpoints, pattern, MonitoredWebhookReception.Fixed(endpoints.ServiceProvider, options));
    }

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> like the other overload, with the options registered by
    /// <see cref="WebhookServiceCollectionExtensions.AddEightByEightWebhooks(IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>:
    /// a changed configuration (a rotated secret) applies to the next delivery without a restart.
    /// </summary>
    /// <typeparam name="THandler">Your handler, resolved from dependency injection per delivery (or created from its constructor).</typeparam>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route, for example <c>/webhooks/8x8</c>; use it as the webhook's <c>url</c> at 8x8.</param>
    /// <returns>The endpoint's builder, to add metadata such as a host requirement or rate limiting.</returns>
    /// <exception cref="InvalidOperationException">The options are not registered, or are invalid at startup.</exception>
    public static IEndpointConventionBuilder MapEightByEightWebhooks<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern)
        where THandler : class, IWebhookHandler
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        return Map<THandler>(endpoints, pattern, MonitoredWebhookReception.From(endpoints.ServiceProvider));
    }

    private static IEndpointConventionBuilder Map<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        IEndpointRouteBuilder endpoints,
        string pattern,
        WebhookReception reception)
        where THandler : class, IWebhookHandler
    {
        var endpoint = new WebhookEndpoint(reception, services => ActivatorUtilities.GetServiceOrCreateInstance<THandler>(services));
        return endpoints.MapPost(pattern, endpoint.HandleAsync);
    }
}
