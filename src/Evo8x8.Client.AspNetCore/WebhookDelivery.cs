using Evo8x8.Client.AspNetCore.Mvc;
using Evo8x8.Client.AspNetCore.Pipeline;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore;

/// <summary>
/// The checked, parsed 8x8 delivery on your own route: declare a parameter of this type in a minimal API handler with
/// <see cref="WebhookEndpointFilterExtensions.AddEightByEightWebhookFilter{TBuilder}(TBuilder)"/>, or in a controller
/// action with <see cref="Mvc.EightByEightWebhookAttribute"/>, and read <see cref="Event"/>.
/// </summary>
/// <remarks>Binding never reads the body: the filter reads it after checking the source and the <c>Authorization</c> header.</remarks>
[Microsoft.AspNetCore.Mvc.ModelBinder(typeof(CheckedDeliveryModelBinder<WebhookDelivery>))]
public sealed class WebhookDelivery : IBindableFromHttpContext<WebhookDelivery>, ICheckedDelivery<WebhookDelivery>
{
    private WebhookEvent? _event;

    private WebhookDelivery()
    {
    }

    /// <summary>The parsed event; switch on its type (<see cref="SessionSummaryEvent"/>, <see cref="CallActionEvent"/>, …).</summary>
    /// <exception cref="InvalidOperationException">No 8x8 webhook filter ran on this route.</exception>
    public WebhookEvent Event => _event ?? throw CheckedDelivery.NotChecked("8x8 webhook delivery", "AddEightByEightWebhookFilter()", "[EightByEightWebhook]");

    static string ICheckedDelivery<WebhookDelivery>.AttributeName => "[EightByEightWebhook]";

    bool ICheckedDelivery<WebhookDelivery>.IsChecked => _event is not null;

    /// <summary>Binds the parameter without reading the body; the webhook filter fills it before your handler runs.</summary>
    /// <param name="context">The request.</param>
    /// <param name="parameter">The parameter being bound.</param>
    /// <returns>The request's delivery.</returns>
    public static ValueTask<WebhookDelivery?> BindAsync(HttpContext context, System.Reflection.ParameterInfo parameter)
        => CheckedDelivery.BindAsync<WebhookDelivery>(context);

    static WebhookDelivery ICheckedDelivery<WebhookDelivery>.CreateUnchecked() => new();

    internal static WebhookDelivery For(HttpContext context) => CheckedDelivery.For<WebhookDelivery>(context);

    internal void Accept(WebhookEvent webhookEvent) => _event = webhookEvent;
}
