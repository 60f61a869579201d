using Evo8x8.Client.AspNetCore.Deduplication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>
/// De-duplication of CCAI deliveries through the application's <see cref="IWebhookClaimStore"/> (the one 8x8's webhooks use),
/// or, when none is registered, a store of this endpoint's own.
/// </summary>
internal sealed class CcaiClaims(string scope)
{
    private static readonly WebhookDeduplicationOptions Defaults = new();

    private readonly InMemoryWebhookClaimStore _own = new(SystemClock.Instance);

    /// <summary>The store and options of a request's services, looked up once per delivery (a batch claims many keys).</summary>
    public Stores Resolve(IServiceProvider services)
        => new(services.GetService<IWebhookClaimStore>() ?? _own, services.GetService<IOptions<WebhookDeduplicationOptions>>()?.Value ?? Defaults);

    /// <summary>Claims the key; <see langword="null"/> when it is held (a duplicate), else the claim to complete or release.</summary>
    public async Task<Claim?> TryClaimAsync(Stores resolved, string id, CancellationToken cancellationToken)
    {
        (IWebhookClaimStore store, WebhookDeduplicationOptions options) = resolved;
        string key = $"{options.KeyPrefix}{scope}:{id}";
        string claimId = Guid.NewGuid().ToString("N");
        bool claimed;
        try
        {
            claimed = await store.TryClaimAsync(key, claimId, options.InFlightLease, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // An unavailable store must not lose events: process, as ClaimStoreUnavailableBehavior.ProcessAnyway does.
            return new Claim(store, key, claimId, options.Window, Held: false);
        }

        return claimed ? new Claim(store, key, claimId, options.Window, Held: true) : null;
    }

    /// <summary>The claim store and the de-duplication options a delivery uses.</summary>
    internal readonly record struct Stores(IWebhookClaimStore Store, WebhookDeduplicationOptions Options);

    /// <summary>A claim on one key; completing marks it done for the window, releasing frees it for a redelivery.</summary>
    internal sealed record Claim(IWebhookClaimStore? Store, string Key, string ClaimId, Duration Window, bool Held)
    {
        /// <summary>No claim: an event without an id, which cannot be de-duplicated, runs every time.</summary>
        public static readonly Claim None = new(null, string.Empty, string.Empty, default, Held: false);

        public Task CompleteAsync() => Held ? Store!.CompleteAsync(Key, ClaimId, Window) : Task.CompletedTask;

        public Task ReleaseAsync() => Held ? Store!.ReleaseAsync(Key, ClaimId) : Task.CompletedTask;
    }
}
