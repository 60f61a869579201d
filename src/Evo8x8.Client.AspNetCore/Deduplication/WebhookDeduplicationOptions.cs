using NodaTime;

namespace Evo8x8.Client.AspNetCore.Deduplication;

/// <summary>How deliveries are de-duplicated once an <see cref="IWebhookClaimStore"/> is registered.</summary>
public sealed class WebhookDeduplicationOptions
{
    /// <summary>
    /// How long a processed delivery's key stays claimed (default one hour); a delivery of the same event within it is
    /// answered 200 without running the handler. 8x8 does not document its voice retry schedule, so keep a margin.
    /// </summary>
    public Duration Window { get; set; } = Duration.FromHours(1);

    /// <summary>What the endpoint does when the claim store cannot be reached (default: process the delivery and log).</summary>
    public ClaimStoreUnavailableBehavior WhenStoreUnavailable { get; set; } = ClaimStoreUnavailableBehavior.ProcessAnyway;
}
