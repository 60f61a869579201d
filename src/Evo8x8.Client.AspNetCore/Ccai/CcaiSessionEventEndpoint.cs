using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>
/// One mapped external session event endpoint: the shared checks of <see cref="CcaiSessionEventReception"/>, then the
/// handler once per event not handled before, each event's claim settled as soon as its handler returns, then 200.
/// </summary>
internal sealed class CcaiSessionEventEndpoint(SessionEventChannel channel, Func<IServiceProvider, ICcaiSessionEventHandler> resolveHandler)
{
    private readonly CcaiSessionEventReception _reception = new(channel);

    public async Task HandleAsync(HttpContext context)
    {
        CcaiAdmission<IReadOnlyList<SessionEvent>> admission = await _reception.AdmitAsync(context).ConfigureAwait(false);
        if (admission.Answer is { } answer)
        {
            await answer.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        CancellationToken aborted = context.RequestAborted;
        ICcaiSessionEventHandler handler = resolveHandler(context.RequestServices);
        IReadOnlyList<SessionEvent> events = admission.Value!;
        for (int i = 0; i < events.Count; i++)
        {
            try
            {
                await handler.HandleAsync(channel, events[i], aborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (!aborted.IsCancellationRequested)
            {
                // The events already handled stay done; this one and the rest run again on redelivery.
                CcaiRequestServices.Logger(context.RequestServices).LogError(ex, "CCAI {Channel} session event handler failed for event {EventId}; answered 500.", channel, events[i].EventId);
                await CcaiAdmission<IReadOnlyList<SessionEvent>>.SettleAsync(admission.Claims.Skip(i), claim => claim.ReleaseAsync()).ConfigureAwait(false);
                await CcaiAnswer.HandlerFailed.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await admission.Claims[i].CompleteAsync().ConfigureAwait(false);
        }

        await CcaiAnswer.Ok.ExecuteAsync(context).ConfigureAwait(false);
    }
}
