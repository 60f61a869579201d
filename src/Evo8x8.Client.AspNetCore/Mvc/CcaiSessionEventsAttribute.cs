using Evo8x8.Client.AspNetCore.Ccai;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Evo8x8.Client.AspNetCore.Mvc;

/// <summary>
/// Makes a controller action (or every action of a controller) receive CCAI Platform external session events of one
/// channel with the checks of <c>MapCcaiSessionEvents</c>, before model binding reads the body; the action then receives
/// a <see cref="CcaiSessionEventDelivery"/> parameter. The credentials come from <see cref="CcaiSessionEventOptions"/>.
/// </summary>
/// <param name="channel">Which channel's credentials the attribute checks.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class CcaiSessionEventsAttribute(SessionEventChannel channel) : Attribute, IAsyncResourceFilter
{
    private readonly CcaiSessionEventReception _reception = new(channel);

    /// <summary>Which channel's credentials the attribute checks.</summary>
    public SessionEventChannel Channel => channel;

    /// <summary>Runs the checks, then the action; marks the events handled when the action succeeds and frees them when it fails.</summary>
    /// <param name="context">The resource filter context.</param>
    /// <param name="next">The rest of the MVC pipeline.</param>
    /// <returns>A task that completes when the request is answered.</returns>
    public Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
        => DeliveryResourceFilter.RunAsync(context, next, async http => await _reception.AdmitAsync(http).ConfigureAwait(false));
}
