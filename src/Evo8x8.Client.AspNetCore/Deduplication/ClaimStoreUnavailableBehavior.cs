namespace Evo8x8.Client.AspNetCore.Deduplication;

/// <summary>What a webhook endpoint does with a delivery when its <see cref="IWebhookClaimStore"/> is unreachable.</summary>
public enum ClaimStoreUnavailableBehavior
{
    /// <summary>Runs the handler without a claim and logs a warning: a duplicate may then be processed twice, no event is lost.</summary>
    ProcessAnyway = 0,

    /// <summary>Answers 503 without running the handler, so that 8x8 delivers again later (if it retries; voice retries are not documented).</summary>
    Answer503 = 1,
}
