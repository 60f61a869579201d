using Evo8x8.Client.AspNetCore.Deduplication;
using Microsoft.Extensions.Logging;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// A delivery's in-flight claim while its handler runs: renewed every third of the lease, then completed (the handler
/// succeeded: duplicates are answered 200) or released (it failed: the next delivery runs the handler).
/// </summary>
internal sealed class WebhookClaim : IAsyncDisposable
{
    private readonly IWebhookClaimStore _store;
    private readonly WebhookDeduplicationOptions _options;
    private readonly ClaimStoreOutage _outage;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopRenewing = new();
    private Task _renewing = Task.CompletedTask;
    private int _ended;

    public WebhookClaim(IWebhookClaimStore store, string key, string claimId, string deduplicationKey, WebhookDeduplicationOptions options, ClaimStoreOutage outage, ILogger logger)
    {
        _store = store;
        Key = key;
        ClaimId = claimId;
        DeduplicationKey = deduplicationKey;
        _options = options;
        _outage = outage;
        _logger = logger;
    }

    public string Key { get; }

    public string ClaimId { get; }

    public string DeduplicationKey { get; }

    public void StartRenewing() => _renewing = RenewAsync(_stopRenewing.Token);

    /// <summary>Marks the key done: the handler succeeded.</summary>
    public async Task CompleteAsync()
    {
        if (!await EndAsync().ConfigureAwait(false))
        {
            return;
        }

        try
        {
            // Not the request's token: 8x8 may have hung up, the outcome must still be recorded.
            await _store.CompleteAsync(Key, ClaimId, _options.Window, CancellationToken.None).ConfigureAwait(false);
            _outage.Answered();
        }
        catch (Exception ex)
        {
            // The lease runs out on its own; a redelivery after it runs the handler again (at least once, never lost).
            _outage.Failed(ex, _options.WhenStoreUnavailable);
        }
    }

    /// <summary>Gives the key back: the handler failed or 8x8 hung up, so the next delivery must run it.</summary>
    public async Task ReleaseAsync()
    {
        if (!await EndAsync().ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await _store.ReleaseAsync(Key, ClaimId, CancellationToken.None).ConfigureAwait(false);
            _outage.Answered();
        }
        catch (Exception ex)
        {
            // The lease (not the window) runs out on its own, so the key is free again within InFlightLease.
            _outage.Failed(ex, _options.WhenStoreUnavailable);
        }
    }

    /// <summary>
    /// Releases the claim unless it was completed or released already: registered with the response, so that no path
    /// (a handler that cannot be created, a filter that throws) leaves a claim renewed for ever.
    /// </summary>
    public ValueTask DisposeAsync() => new(ReleaseAsync());

    private async Task<bool> EndAsync()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 1)
        {
            return false;
        }

        await _stopRenewing.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(false);
        _stopRenewing.Dispose();
        return true;
    }

    private async Task RenewAsync(CancellationToken stop)
    {
        TimeSpan every = (_options.InFlightLease / 3).ToTimeSpan();
        try
        {
            while (true)
            {
                await Task.Delay(every, stop).ConfigureAwait(false);
                try
                {
                    if (!await _store.RenewAsync(Key, ClaimId, _options.InFlightLease, stop).ConfigureAwait(false))
                    {
                        WebhookLog.LeaseLost(_logger, DeduplicationKey);
                        return;
                    }

                    _outage.Answered();
                }
                catch (Exception ex) when (!stop.IsCancellationRequested)
                {
                    _outage.Failed(ex, _options.WhenStoreUnavailable);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
