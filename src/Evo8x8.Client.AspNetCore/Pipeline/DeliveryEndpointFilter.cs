using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>The endpoint filter of every sender: checks, then your handler, then the claims settled by its outcome.</summary>
internal static class DeliveryEndpointFilter
{
    public static EndpointFilterDelegate Create(Func<HttpContext, Task<IDeliveryAdmission>> admitAsync, EndpointFilterDelegate next)
        => async invocation =>
        {
            HttpContext context = invocation.HttpContext;
            IDeliveryAdmission admission = await admitAsync(context).ConfigureAwait(false);
            if (admission.Answer is { } answer)
            {
                return answer;
            }

            admission.Accept(context);
            object? result;
            try
            {
                result = await next(invocation).ConfigureAwait(false);
            }
            catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
            {
                return await admission.FailAsync(ex).ConfigureAwait(false);
            }
            catch
            {
                await admission.ReleaseAsync().ConfigureAwait(false);
                throw;
            }

            // An error answered by your code is no success: the next delivery of the event must run it again.
            if (result is IStatusCodeHttpResult { StatusCode: >= 400 } || context.Response.StatusCode >= StatusCodes.Status400BadRequest)
            {
                await admission.ReleaseAsync().ConfigureAwait(false);
            }
            else
            {
                await admission.CompleteAsync().ConfigureAwait(false);
            }

            return result;
        };
}
