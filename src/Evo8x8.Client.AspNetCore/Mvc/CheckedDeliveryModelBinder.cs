using Evo8x8.Client.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Evo8x8.Client.AspNetCore.Mvc;

/// <summary>Hands the delivery checked by the action's webhook attribute to the action; never reads the body.</summary>
internal sealed class CheckedDeliveryModelBinder<TDelivery> : IModelBinder
    where TDelivery : class, ICheckedDelivery<TDelivery>
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        TDelivery delivery = CheckedDelivery.For<TDelivery>(bindingContext.HttpContext);
        if (!delivery.IsChecked)
        {
            throw new InvalidOperationException($"A {typeof(TDelivery).Name} parameter needs {TDelivery.AttributeName} on the action or its controller.");
        }

        bindingContext.Result = ModelBindingResult.Success(delivery);
        return Task.CompletedTask;
    }
}
