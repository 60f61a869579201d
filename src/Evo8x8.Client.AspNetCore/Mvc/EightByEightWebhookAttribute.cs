using Evo8x8.Client.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Evo8x8.Client.AspNetCore.Mvc;

/// <summary>
/// Makes a controller action (or every action of a controller) receive 8x8 webhooks with the checks of
/// <c>MapEightByEightWebhooks</c>, before model binding reads the body; the action then receives a
/// <see cref="WebhookDelivery"/> parameter. Options come from <see cref="WebhookServiceCollectionExtensions"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class EightByEightWebhookAttribute : Attribute, IAsyncResourceFilter
{
    /// <summary>Runs the shared checks, then the action; marks the de-duplication claim done when the action succeeds and releases it when it fails.</summary>
    /// <param name="context">The resource filter context.</param>
    /// <param name="next">The rest of the MVC pipeline.</param>
    /// <returns>A task that completes when the request is answered.</returns>
    public Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        return DeliveryResourceFilter.RunAsync(context, next, MonitoredWebhookReception.From(context.HttpContext.RequestServices).AdmitDeliveryAsync);
    }
}
