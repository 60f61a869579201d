using System.Reflection;
using Evo8x8.Client.AspNetCore.Mvc;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Evo8x8.Client.AspNetCore;

/// <summary>
/// The checked, parsed 8x8 delivery on your own route: declare a parameter of this type in a minimal API handler with
/// <see cref="WebhookEndpointFilterExtensions.AddEightByEightWebhookFilter{TBuilder}(TBuilder)"/>, or in a controller
/// action with <see cref="Mvc.EightByEightWebhookAttribute"/>, and read <see cref="Event"/>.
/// </summary>
/// <remarks>Binding never reads the body: the filter reads it after checking the source and the <c>Authorization</c> header.</remarks>
[ModelBinder(typeof(WebhookDeliveryModelBinder))]
public sealed class WebhookDelivery : IBindableFromHttpContext<WebhookDelivery>
{
    private WebhookEvent? _event;

    private WebhookDelivery()
    {
    }

    /// <summary>The parsed event; switch on its type (<see cref="SessionSummaryEvent"/>, <see cref="CallActionEvent"/>, …).</summary>
    /// <exception cref="InvalidOperationException">No 8x8 webhook filter ran on this route.</exception>
    public WebhookEvent Event => _event ?? throw new InvalidOperationException(
        "No checked 8x8 webhook delivery on this request: add .AddEightByEightWebhookFilter() to the endpoint, "
        + "or [EightByEightWebhook] to the controller or action.");

    internal bool HasEvent => _event is not null;

    /// <summary>Binds the parameter without reading the body; the webhook filter fills it before your handler runs.</summary>
    /// <param name="context">The request.</param>
    /// <param name="parameter">The parameter being bound.</param>
    /// <returns>The request's delivery.</returns>
    public static ValueTask<WebhookDelivery?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<WebhookDelivery?>(For(context));
    }

    internal static WebhookDelivery For(HttpContext context)
    {
        WebhookDelivery? delivery = context.Features.Get<WebhookDelivery>();
        if (delivery is null)
        {
            delivery = new WebhookDelivery();
            context.Features.Set(delivery);
        }

        return delivery;
    }

    internal void Accept(WebhookEvent webhookEvent) => _event = webhookEvent;
}
