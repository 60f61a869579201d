using Evo8x8.Client.AspNetCore.Pipeline;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore;

/// <summary>The request pipeline of one mapped webhook endpoint: the shared checks, then dispatch to the handler, then the answer.</summary>
internal sealed class WebhookEndpoint(WebhookReception reception, Func<IServiceProvider, IWebhookHandler> resolveHandler)
{
    public async Task HandleAsync(HttpContext context)
    {
        CancellationToken aborted = context.RequestAborted;
        WebhookAdmission admission = await reception.AdmitAsync(context).ConfigureAwait(false);
        if (admission.Answer is { } answer)
        {
            await answer.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        WebhookEvent webhookEvent = admission.Event!;
        IWebhookHandler handler = resolveHandler(context.RequestServices);
        CallActionReply? reply = null;
        try
        {
            switch (webhookEvent)
            {
                case CallActionEvent callAction:
                    reply = await handler.HandleCallActionAsync(callAction, aborted).ConfigureAwait(false);
                    break;
                case CallRecordingStatusEvent recordingStatus:
                    await handler.HandleCallRecordingStatusAsync(recordingStatus, aborted).ConfigureAwait(false);
                    break;
                case VirtualNumberUpdateEvent numberUpdate:
                    await handler.HandleVirtualNumberUpdateAsync(numberUpdate, aborted).ConfigureAwait(false);
                    break;
                default:
                    await handler.HandleAsync(webhookEvent, aborted).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception ex) when (!aborted.IsCancellationRequested)
        {
            IResult failed = await reception.FailAsync(admission, ex).ConfigureAwait(false);
            await failed.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        catch
        {
            // 8x8 hung up before the answer, so it will deliver again: that delivery must not count as a duplicate.
            await reception.ReleaseAsync(admission).ConfigureAwait(false);
            throw;
        }

        // Done before the answer: a redelivery that crosses the 200 on its way to 8x8 is then answered 200 unprocessed.
        await reception.CompleteAsync(admission).ConfigureAwait(false);
        context.Response.StatusCode = StatusCodes.Status200OK;
        if (reply is not null)
        {
            await new CallActionReplyResult(reply).ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
