using Evo8x8.Client.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore;

/// <summary>Puts 8x8 webhooks on minimal API routes you own, with the checks of <c>MapEightByEightWebhooks</c>.</summary>
public static class WebhookEndpointFilterExtensions
{
    /// <summary>
    /// Checks every request to the endpoint (or group) as an 8x8 delivery, with the options registered by
    /// <see cref="WebhookServiceCollectionExtensions"/>: source (403), <c>Authorization</c> (401), size (413) and body
    /// (400), then de-duplication when registered; your handler then receives it as a <see cref="WebhookDelivery"/> parameter.
    /// </summary>
    /// <typeparam name="TBuilder">The endpoint or group builder.</typeparam>
    /// <param name="builder">The endpoint, for example the result of <c>MapPost</c>.</param>
    /// <returns>The same builder, to chain calls.</returns>
    public static TBuilder AddEightByEightWebhookFilter<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
        => builder.AddEndpointFilterFactory((factoryContext, next) =>
            Filter(MonitoredWebhookReception.From(factoryContext.ApplicationServices), next));

    /// <summary>Checks every request to the endpoint (or group) as an 8x8 delivery, with options fixed in code.</summary>
    /// <typeparam name="TBuilder">The endpoint or group builder.</typeparam>
    /// <param name="builder">The endpoint, for example the result of <c>MapPost</c>.</param>
    /// <param name="configure">Sets the expected <c>Authorization</c> value, sources and limits.</param>
    /// <returns>The same builder, to chain calls.</returns>
    public static TBuilder AddEightByEightWebhookFilter<TBuilder>(this TBuilder builder, Action<WebhookEndpointOptions> configure)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new WebhookEndpointOptions();
        configure(options);
        return builder.AddEndpointFilterFactory((factoryContext, next) =>
            Filter(MonitoredWebhookReception.Fixed(factoryContext.ApplicationServices, options), next));
    }

    private static EndpointFilterDelegate Filter(WebhookReception reception, EndpointFilterDelegate next)
        => DeliveryEndpointFilter.Create(reception.AdmitDeliveryAsync, next);
}
