using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>
/// A request of external session events whose Basic credentials matched, on your own route: declare a parameter of this
/// type in a minimal API handler with <see cref="CcaiEndpointFilterExtensions.AddCcaiSessionEventsFilter{TBuilder}(TBuilder, SessionEventChannel)"/>,
/// or in a controller action with <see cref="Mvc.CcaiSessionEventsAttribute"/>, and handle each of <see cref="Events"/>.
/// </summary>
/// <remarks>
/// Events whose <c>event_id</c> was handled before are left out; a request with none left is answered 200 without running
/// your code. Answer an error (or throw) and every event of <see cref="Events"/> runs again on redelivery.
/// </remarks>
[Microsoft.AspNetCore.Mvc.ModelBinder(typeof(Mvc.CheckedDeliveryModelBinder<CcaiSessionEventDelivery>))]
public sealed class CcaiSessionEventDelivery : IBindableFromHttpContext<CcaiSessionEventDelivery>, Pipeline.ICheckedDelivery<CcaiSessionEventDelivery>
{
    private IReadOnlyList<SessionEvent>? _events;

    private CcaiSessionEventDelivery()
    {
    }

    /// <summary>Whether the request came to the calls or the chats endpoint (whose credentials it matched).</summary>
    public SessionEventChannel Channel { get; private set; }

    /// <summary>The events of the request not handled before, in the order sent.</summary>
    /// <exception cref="InvalidOperationException">No CCAI session event filter ran on this route.</exception>
    public IReadOnlyList<SessionEvent> Events => _events ?? throw Pipeline.CheckedDelivery.NotChecked("CCAI session events", "AddCcaiSessionEventsFilter(channel)", "[CcaiSessionEvents(channel)]");

    static string Pipeline.ICheckedDelivery<CcaiSessionEventDelivery>.AttributeName => "[CcaiSessionEvents]";

    bool Pipeline.ICheckedDelivery<CcaiSessionEventDelivery>.IsChecked => _events is not null;

    /// <summary>Binds the parameter without reading the body; the filter fills it before your handler runs.</summary>
    /// <param name="context">The request.</param>
    /// <param name="parameter">The parameter being bound.</param>
    /// <returns>The request's delivery.</returns>
    public static ValueTask<CcaiSessionEventDelivery?> BindAsync(HttpContext context, System.Reflection.ParameterInfo parameter)
        => Pipeline.CheckedDelivery.BindAsync<CcaiSessionEventDelivery>(context);

    internal void Accept(SessionEventChannel channel, IReadOnlyList<SessionEvent> events)
    {
        Channel = channel;
        _events = events;
    }

    static CcaiSessionEventDelivery Pipeline.ICheckedDelivery<CcaiSessionEventDelivery>.CreateUnchecked() => new();
}
