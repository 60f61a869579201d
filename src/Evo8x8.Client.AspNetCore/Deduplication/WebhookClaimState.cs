namespace Evo8x8.Client.AspNetCore.Deduplication;

/// <summary>Where a de-duplication key stands in an <see cref="IWebhookClaimStore"/>.</summary>
public enum WebhookClaimState
{
    /// <summary>Nobody holds the key: its next delivery runs the handler.</summary>
    None = 0,

    /// <summary>A delivery of the key is being handled under a short lease; a duplicate waits for its outcome.</summary>
    InFlight = 1,

    /// <summary>A delivery of the key was handled successfully within the window; a duplicate is answered 200 unprocessed.</summary>
    Done = 2,
}
