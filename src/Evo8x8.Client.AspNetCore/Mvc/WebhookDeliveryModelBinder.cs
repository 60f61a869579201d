using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Evo8x8.Client.AspNetCore.Mvc;

/// <summary>Hands the delivery checked by <see cref="EightByEightWebhookAttribute"/> to the action; never reads the body.</summary>
internal sealed class WebhookDeliveryModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        WebhookDelivery delivery = WebhookDelivery.For(bindingContext.HttpContext);
        if (!delivery.HasEvent)
        {
            throw new InvalidOperationException("A WebhookDelivery parameter needs [EightByEightWebhook] on the action or its controller.");
        }

        bindingContext.Result = ModelBindingResult.Success(delivery);
        return Task.CompletedTask;
    }
}
