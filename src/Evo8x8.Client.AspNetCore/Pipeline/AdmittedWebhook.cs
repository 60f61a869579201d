using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>An 8x8 delivery's admission as the filters see it: the event goes to <see cref="WebhookDelivery"/>.</summary>
internal sealed class AdmittedWebhook(WebhookReception reception, WebhookAdmission admission) : IDeliveryAdmission
{
    public IResult? Answer => admission.Answer;

    public void Accept(HttpContext context) => WebhookDelivery.For(context).Accept(admission.Event!);

    public Task<IResult> FailAsync(Exception exception) => reception.FailAsync(admission, exception);

    public Task ReleaseAsync() => reception.ReleaseAsync(admission);

    public Task CompleteAsync() => reception.CompleteAsync(admission);
}
