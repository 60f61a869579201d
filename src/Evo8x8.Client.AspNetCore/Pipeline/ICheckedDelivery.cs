namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>A delivery parameter (<see cref="WebhookDelivery"/>, the CCAI ones) that a filter fills after its checks.</summary>
/// <typeparam name="TSelf">The delivery type.</typeparam>
internal interface ICheckedDelivery<TSelf>
    where TSelf : class, ICheckedDelivery<TSelf>
{
    /// <summary>The MVC attribute that fills it, as written on a controller, for the error when it is missing.</summary>
    static abstract string AttributeName { get; }

    /// <summary>Whether a filter checked the delivery and filled it.</summary>
    bool IsChecked { get; }

    /// <summary>An empty delivery, filled later by the filter.</summary>
    static abstract TSelf CreateUnchecked();
}
