using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>
/// A chat webhook whose signature checked out, on your own route: declare a parameter of this type in a minimal API handler
/// with <see cref="CcaiEndpointFilterExtensions.AddCcaiChatWebhookFilter{TBuilder}(TBuilder)"/>, or in a controller action
/// with <see cref="Mvc.CcaiChatWebhookAttribute"/>, and read <see cref="Event"/>.
/// </summary>
/// <remarks>Binding never reads the body: the filter reads it whole to check the signature over its exact bytes.</remarks>
[Microsoft.AspNetCore.Mvc.ModelBinder(typeof(Mvc.CheckedDeliveryModelBinder<CcaiChatWebhookDelivery>))]
public sealed class CcaiChatWebhookDelivery : IBindableFromHttpContext<CcaiChatWebhookDelivery>, Pipeline.ICheckedDelivery<CcaiChatWebhookDelivery>
{
    private CcaiChatWebhookDelivery()
    {
    }

    static string Pipeline.ICheckedDelivery<CcaiChatWebhookDelivery>.AttributeName => "[CcaiChatWebhook]";

    /// <summary>The event; switch on its type (<see cref="ChatMessageReceivedEvent"/> …, or <see cref="UnknownChatWebhookEvent"/>).</summary>
    /// <exception cref="InvalidOperationException">No CCAI chat webhook filter ran on this route.</exception>
    public ChatWebhookEvent Event => Checked ?? throw Pipeline.CheckedDelivery.NotChecked("CCAI chat webhook", "AddCcaiChatWebhookFilter()", "[CcaiChatWebhook]");

    bool Pipeline.ICheckedDelivery<CcaiChatWebhookDelivery>.IsChecked => Checked is not null;

    /// <summary>Set by the filter once the signature checked out.</summary>
    internal ChatWebhookEvent? Checked { get; set; }

    /// <summary>Binds the parameter without reading the body; the filter fills it before your handler runs.</summary>
    /// <param name="context">The request.</param>
    /// <param name="parameter">The parameter being bound.</param>
    /// <returns>The request's delivery.</returns>
    public static ValueTask<CcaiChatWebhookDelivery?> BindAsync(HttpContext context, System.Reflection.ParameterInfo parameter)
        => Pipeline.CheckedDelivery.BindAsync<CcaiChatWebhookDelivery>(context);

    static CcaiChatWebhookDelivery Pipeline.ICheckedDelivery<CcaiChatWebhookDelivery>.CreateUnchecked() => new();
}
