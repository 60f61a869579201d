using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>One mapped chat webhook endpoint: the shared checks of <see cref="CcaiChatWebhookReception"/>, then the handler, then 200.</summary>
internal sealed class CcaiChatWebhookEndpoint(Func<IServiceProvider, ICcaiChatWebhookHandler> resolveHandler)
{
    private readonly CcaiChatWebhookReception _reception = new();

    public async Task HandleAsync(HttpContext context)
    {
        CcaiAdmission<ChatWebhookEvent> admission = await _reception.AdmitAsync(context).ConfigureAwait(false);
        if (admission.Answer is { } answer)
        {
            await answer.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        CancellationToken aborted = context.RequestAborted;
        try
        {
            await resolveHandler(context.RequestServices).HandleAsync(admission.Value!, aborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (!aborted.IsCancellationRequested)
        {
            IResult failed = await admission.FailAsync(ex).ConfigureAwait(false);
            await failed.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await admission.CompleteAsync().ConfigureAwait(false);
        await CcaiAnswer.Ok.ExecuteAsync(context).ConfigureAwait(false);
    }
}
