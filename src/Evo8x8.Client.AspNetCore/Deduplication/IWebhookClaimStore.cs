using NodaTime;

namespace Evo8x8.Client.AspNetCore.Deduplication;

/// <summary>
/// Claims on de-duplication keys shared by every instance of a receiver, in two states: <see cref="WebhookClaimState.InFlight"/>
/// while a handler runs (a short lease, renewed as it runs) and <see cref="WebhookClaimState.Done"/> once it succeeded (the
/// de-duplication window). A duplicate is answered 200 unprocessed only when a run of its key succeeded.
/// </summary>
/// <remarks>
/// Implementations: <see cref="InMemoryWebhookClaimStore"/> for one instance, and the Redis store of the
/// Evo8x8.Client.AspNetCore.Redis package for several. Every operation on a claim compares its claim id, so a late call
/// never changes someone else's claim. An exception from any method means the store is unavailable;
/// <see cref="WebhookDeduplicationOptions.WhenStoreUnavailable"/> decides what the endpoint then does.
/// </remarks>
public interface IWebhookClaimStore
{
    /// <summary>Takes <paramref name="key"/> in flight for <paramref name="lease"/> unless someone holds it (in flight or done).</summary>
    /// <param name="key">The endpoint's key for the event: prefix, endpoint scope and <see cref="Voice.Webhooks.WebhookEvent.DeduplicationKey"/>.</param>
    /// <param name="claimId">A value unique to this claim, so that only its owner can renew, complete or release it.</param>
    /// <param name="lease">How long the claim lasts unless renewed; a crashed instance's claim ends with it.</param>
    /// <param name="cancellationToken">Cancels the claim attempt.</param>
    /// <returns><see langword="true"/> when this call got the claim; <see langword="false"/> when the key is held.</returns>
    Task<bool> TryClaimAsync(string key, string claimId, Duration lease, CancellationToken cancellationToken = default);

    /// <summary>Extends an in-flight claim to <paramref name="lease"/> from now, while its handler still runs.</summary>
    /// <param name="key">The claimed key.</param>
    /// <param name="claimId">The value the claim was made with.</param>
    /// <param name="lease">The new remaining lifetime of the claim.</param>
    /// <param name="cancellationToken">Cancels the renewal.</param>
    /// <returns><see langword="false"/> when the key no longer holds this in-flight claim (its lease ran out).</returns>
    Task<bool> RenewAsync(string key, string claimId, Duration lease, CancellationToken cancellationToken = default);

    /// <summary>Marks the key done for <paramref name="window"/>: the handler succeeded, so its duplicates need no run.</summary>
    /// <param name="key">The claimed key.</param>
    /// <param name="claimId">The value the claim was made with.</param>
    /// <param name="window">How long a delivery of the same key counts as a duplicate.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the key is marked done.</returns>
    Task CompleteAsync(string key, string claimId, Duration window, CancellationToken cancellationToken = default);

    /// <summary>Gives an in-flight claim back (the handler failed), so that the next delivery of the key is processed.</summary>
    /// <param name="key">The claimed key.</param>
    /// <param name="claimId">The value the claim was made with; a claim made by someone else, or a done key, is left alone.</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns>A task that completes when the claim is released or was not ours.</returns>
    Task ReleaseAsync(string key, string claimId, CancellationToken cancellationToken = default);

    /// <summary>Reads where <paramref name="key"/> stands, for a duplicate that waits on a delivery in flight (and for health checks).</summary>
    /// <param name="key">The key to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The key's state now.</returns>
    Task<WebhookClaimState> GetStateAsync(string key, CancellationToken cancellationToken = default);
}
