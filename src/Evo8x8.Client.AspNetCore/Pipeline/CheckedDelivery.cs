using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>The request's one delivery of a type: bound before the filter ran (minimal APIs bind first), filled by it.</summary>
internal static class CheckedDelivery
{
    public static TDelivery For<TDelivery>(HttpContext context)
        where TDelivery : class, ICheckedDelivery<TDelivery>
    {
        TDelivery? delivery = context.Features.Get<TDelivery>();
        if (delivery is null)
        {
            delivery = TDelivery.CreateUnchecked();
            context.Features.Set(delivery);
        }

        return delivery;
    }

    /// <summary>Binds a delivery parameter of a minimal API handler without reading the body.</summary>
    public static ValueTask<TDelivery?> BindAsync<TDelivery>(HttpContext context)
        where TDelivery : class, ICheckedDelivery<TDelivery>
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<TDelivery?>(For<TDelivery>(context));
    }

    /// <summary>The error of reading a delivery on a route that no filter of its sender checks.</summary>
    public static InvalidOperationException NotChecked(string sender, string filterMethod, string attribute)
        => new($"No checked {sender} on this request: add .{filterMethod} to the endpoint, or {attribute} to the controller or action.");
}
