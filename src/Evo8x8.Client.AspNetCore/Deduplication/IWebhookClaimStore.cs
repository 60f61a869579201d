using NodaTime;

namespace Evo8x8.Client.AspNetCore.Deduplication;

/// <summary>
/// An atomic "claim this key for a window" shared by every instance of a receiver, so that one delivery's handler runs
/// once even when 8x8 delivers it again to another instance at the same moment.
/// </summary>
/// <remarks>
/// Implementations: <see cref="InMemoryWebhookClaimStore"/> for one instance, and the Redis store of the
/// Evo8x8.Client.AspNetCore.Redis package for several. An exception from either method means the store is unavailable;
/// <see cref="WebhookDeduplicationOptions.WhenStoreUnavailable"/> decides what the endpoint then does.
/// </remarks>
public interface IWebhookClaimStore
{
    /// <summary>Claims <paramref name="key"/> for <paramref name="window"/> unless someone holds it already.</summary>
    /// <param name="key">The event's <see cref="Voice.Webhooks.WebhookEvent.DeduplicationKey"/>.</param>
    /// <param name="claimId">A value unique to this claim, so that only its owner can release it.</param>
    /// <param name="window">How long the claim lasts; a delivery of the same key within it is a duplicate.</param>
    /// <param name="cancellationToken">Cancels the claim attempt.</param>
    /// <returns><see langword="true"/> when this call got the claim; <see langword="false"/> when the key is already claimed.</returns>
    Task<bool> TryClaimAsync(string key, string claimId, Duration window, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim back (the handler failed), so that the next delivery of the key is processed.</summary>
    /// <param name="key">The claimed key.</param>
    /// <param name="claimId">The value the claim was made with; a claim made by someone else is left alone.</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns>A task that completes when the claim is released or was not ours.</returns>
    Task ReleaseAsync(string key, string claimId, CancellationToken cancellationToken = default);
}
