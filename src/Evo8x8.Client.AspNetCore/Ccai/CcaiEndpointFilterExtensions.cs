using Evo8x8.Client.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>Puts CCAI Platform chat webhooks and external session events on minimal API routes you own, with the checks of the mapped endpoints.</summary>
public static class CcaiEndpointFilterExtensions
{
    /// <summary>
    /// Checks every request to the endpoint (or group) as a chat webhook, with <see cref="CcaiChatWebhookOptions"/> read on
    /// each request: size (413), signature and replay window (401), body (400), and a delivery already handled answered
    /// 200 unprocessed; your handler then receives it as a <see cref="CcaiChatWebhookDelivery"/> parameter.
    /// </summary>
    /// <typeparam name="TBuilder">The endpoint or group builder.</typeparam>
    /// <param name="builder">The endpoint, for example the result of <c>MapPost</c>.</param>
    /// <returns>The same builder, to chain calls.</returns>
    public static TBuilder AddCcaiChatWebhookFilter<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
        => builder.AddEndpointFilterFactory((_, next) =>
        {
            var reception = new CcaiChatWebhookReception();
            return DeliveryEndpointFilter.Create(async context => await reception.AdmitAsync(context).ConfigureAwait(false), next);
        });

    /// <summary>
    /// Checks every request to the endpoint (or group) as external session events of <paramref name="channel"/>, with
    /// <see cref="CcaiSessionEventOptions"/>: Basic credentials (401), size (413), envelope (400), events already handled
    /// left out; your handler then receives them as a <see cref="CcaiSessionEventDelivery"/> parameter.
    /// </summary>
    /// <typeparam name="TBuilder">The endpoint or group builder.</typeparam>
    /// <param name="builder">The endpoint, for example the result of <c>MapPost</c>.</param>
    /// <param name="channel">Which channel's credentials the filter checks.</param>
    /// <returns>The same builder, to chain calls.</returns>
    public static TBuilder AddCcaiSessionEventsFilter<TBuilder>(this TBuilder builder, SessionEventChannel channel)
        where TBuilder : IEndpointConventionBuilder
        => builder.AddEndpointFilterFactory((_, next) =>
        {
            var reception = new CcaiSessionEventReception(channel);
            return DeliveryEndpointFilter.Create(async context => await reception.AdmitAsync(context).ConfigureAwait(false), next);
        });
}
