using Evo8x8.Client.AspNetCore.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Evo8x8.Client.AspNetCore.Mvc;

/// <summary>The MVC resource filter of every sender's attribute: checks before model binding, then the action, then the claims.</summary>
internal static class DeliveryResourceFilter
{
    public static async Task RunAsync(ResourceExecutingContext context, ResourceExecutionDelegate next, Func<HttpContext, Task<IDeliveryAdmission>> admitAsync)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        HttpContext http = context.HttpContext;
        IDeliveryAdmission admission = await admitAsync(http).ConfigureAwait(false);
        if (admission.Answer is { } answer)
        {
            context.Result = new WebhookAnswerActionResult(answer);
            return;
        }

        admission.Accept(http);
        ResourceExecutedContext executed = await next().ConfigureAwait(false);
        if (executed.Exception is { } exception && !executed.ExceptionHandled)
        {
            if (http.RequestAborted.IsCancellationRequested || http.Response.HasStarted)
            {
                await admission.ReleaseAsync().ConfigureAwait(false);
                return;
            }

            IResult failed = await admission.FailAsync(exception).ConfigureAwait(false);
            await failed.ExecuteAsync(http).ConfigureAwait(false);
            executed.ExceptionHandled = true;
        }
        else if (http.Response.StatusCode >= StatusCodes.Status400BadRequest)
        {
            await admission.ReleaseAsync().ConfigureAwait(false);
        }
        else
        {
            await admission.CompleteAsync().ConfigureAwait(false);
        }
    }
}
