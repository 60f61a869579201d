using Evo8x8.Client.AspNetCore.Ccai;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Evo8x8.Client.AspNetCore.Mvc;

/// <summary>
/// Makes a controller action (or every action of a controller) receive CCAI Platform chat webhooks with the checks of
/// <c>MapCcaiChatWebhooks</c>, before model binding reads the body; the action then receives a
/// <see cref="CcaiChatWebhookDelivery"/> parameter. The secrets come from <see cref="CcaiChatWebhookOptions"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class CcaiChatWebhookAttribute : Attribute, IAsyncResourceFilter
{
    private readonly CcaiChatWebhookReception _reception = new();

    /// <summary>Runs the checks, then the action; marks the delivery handled when the action succeeds and frees it when it fails.</summary>
    /// <param name="context">The resource filter context.</param>
    /// <param name="next">The rest of the MVC pipeline.</param>
    /// <returns>A task that completes when the request is answered.</returns>
    public Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
        => DeliveryResourceFilter.RunAsync(context, next, async http => await _reception.AdmitAsync(http).ConfigureAwait(false));
}
