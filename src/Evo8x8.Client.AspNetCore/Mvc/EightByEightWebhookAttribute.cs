using Evo8x8.Client.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Http;
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
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        HttpContext http = context.HttpContext;
        WebhookReception reception = MonitoredWebhookReception.From(http.RequestServices);
        WebhookAdmission admission = await reception.AdmitAsync(http).ConfigureAwait(false);
        if (admission.Answer is { } answer)
        {
            context.Result = new WebhookAnswerActionResult(answer);
            return;
        }

        WebhookDelivery.For(http).Accept(admission.Event!);
        ResourceExecutedContext executed = await next().ConfigureAwait(false);
        if (executed.Exception is { } exception && !executed.ExceptionHandled)
        {
            if (http.RequestAborted.IsCancellationRequested || http.Response.HasStarted)
            {
                await reception.ReleaseAsync(admission).ConfigureAwait(false);
                return;
            }

            IResult failed = await reception.FailAsync(admission, exception).ConfigureAwait(false);
            await failed.ExecuteAsync(http).ConfigureAwait(false);
            executed.ExceptionHandled = true;
        }
        else if (http.Response.StatusCode >= StatusCodes.Status400BadRequest)
        {
            await reception.ReleaseAsync(admission).ConfigureAwait(false);
        }
        else
        {
            await reception.CompleteAsync(admission).ConfigureAwait(false);
        }
    }
}
