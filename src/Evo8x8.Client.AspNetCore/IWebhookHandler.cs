using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.AspNetCore;

/// <summary>
/// Your code that acts on 8x8 webhook deliveries. The endpoint resolves it from dependency injection for each
/// delivery (or creates it with its constructor's services when it is not registered) and calls it only after the
/// <c>Authorization</c> header matched and the body parsed.
/// </summary>
/// <remarks>
/// Answer quickly: 8x8 expects 200 within a few seconds and delivers again when it does not get it, so the same
/// event can arrive more than once. Queue slow work and de-duplicate on <see cref="WebhookEvent.DeduplicationKey"/>
/// (the session id for summaries, the event id for call events). An exception makes the endpoint answer 500, which
/// also leads 8x8 to deliver again.
/// </remarks>
public interface IWebhookHandler
{
    /// <summary>
    /// Handles every event the other methods do not take: session summaries, call statuses, unknown event types and,
    /// unless you implement their own methods, recording statuses and virtual number updates.
    /// </summary>
    /// <param name="webhookEvent">The parsed event; switch on its type.</param>
    /// <param name="cancellationToken">Cancelled when 8x8 drops the connection.</param>
    /// <returns>A task that completes when the event is handled; the endpoint then answers 200.</returns>
    Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken);

    /// <summary>
    /// Decides the next steps of a live call. Return a reply built with
    /// <see cref="Voice.CallflowBuilder.BuildReply"/>, or <see langword="null"/> to answer 200 without a callflow.
    /// By default it answers 200 without a callflow, so a receiver that never gets call actions need not implement it.
    /// </summary>
    /// <param name="callAction">The call action event, with the captured digits if any.</param>
    /// <param name="cancellationToken">Cancelled when 8x8 drops the connection.</param>
    /// <returns>The reply the endpoint sends back as JSON, or <see langword="null"/>.</returns>
    Task<CallActionReply?> HandleCallActionAsync(CallActionEvent callAction, CancellationToken cancellationToken)
        => Task.FromResult<CallActionReply?>(null);

    /// <summary>Handles a recording status (VRU): a recording reached your file server. By default it goes to <see cref="HandleAsync"/>.</summary>
    /// <param name="recordingStatus">The recording and where its file was written.</param>
    /// <param name="cancellationToken">Cancelled when 8x8 drops the connection.</param>
    /// <returns>A task that completes when the event is handled; the endpoint then answers 200.</returns>
    Task HandleCallRecordingStatusAsync(CallRecordingStatusEvent recordingStatus, CancellationToken cancellationToken)
        => HandleAsync(recordingStatus, cancellationToken);

    /// <summary>
    /// Handles a virtual number update (VNU): numbers joined or left the pool or changed health; stop using numbers
    /// that are not active for new sessions. By default it goes to <see cref="HandleAsync"/>.
    /// </summary>
    /// <param name="numberUpdate">The subaccount's numbers as the update reports them.</param>
    /// <param name="cancellationToken">Cancelled when 8x8 drops the connection.</param>
    /// <returns>A task that completes when the event is handled; the endpoint then answers 200.</returns>
    Task HandleVirtualNumberUpdateAsync(VirtualNumberUpdateEvent numberUpdate, CancellationToken cancellationToken)
        => HandleAsync(numberUpdate, cancellationToken);
}
