using NodaTime;

namespace Evo8x8.Client.AspNetCore.Deduplication;

/// <summary>How deliveries are de-duplicated once an <see cref="IWebhookClaimStore"/> is registered.</summary>
public sealed class WebhookDeduplicationOptions
{
    /// <summary>The prefix of every claim key unless another is set, followed by the endpoint's scope and the event's key.</summary>
    public const string DefaultKeyPrefix = "evo8x8:webhook-claim:";

    /// <summary>
    /// How long a successfully handled delivery's key stays done (default one hour); a delivery of the same event within
    /// it is answered 200 without running the handler. 8x8 does not document its voice retry schedule, so keep a margin.
    /// </summary>
    public Duration Window { get; set; } = Duration.FromHours(1);

    /// <summary>
    /// How long a claim lasts while its handler runs (default 15 seconds); it is renewed every third of it as long as
    /// the handler runs, so it only runs out when the instance died or lost the store, and a duplicate then runs the handler.
    /// </summary>
    public Duration InFlightLease { get; set; } = Duration.FromSeconds(15);

    /// <summary>
    /// How long a duplicate waits for the outcome of a delivery of the same event in flight (default 5 seconds): success
    /// answers it 200, failure runs the handler for it; past this bound it is answered 503 with <c>Retry-After</c>.
    /// </summary>
    public Duration InFlightWaitLimit { get; set; } = Duration.FromSeconds(5);

    /// <summary>
    /// The first part of every claim key (default <see cref="DefaultKeyPrefix"/>): give each environment sharing one
    /// store its own, for example <c>"evo8x8:staging:"</c>, so that they never suppress each other's deliveries.
    /// </summary>
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;

    /// <summary>What the endpoint does when the claim store cannot be reached (default: process the delivery and count it).</summary>
    public ClaimStoreUnavailableBehavior WhenStoreUnavailable { get; set; } = ClaimStoreUnavailableBehavior.ProcessAnyway;

    /// <summary>
    /// Fails the application's start when the claim store does not answer then (default <see langword="false"/>: an
    /// error is logged and deliveries follow <see cref="WhenStoreUnavailable"/> until the store answers).
    /// </summary>
    public bool FailStartupWhenStoreUnavailable { get; set; }
}
