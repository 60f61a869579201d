namespace Evo8x8.Client.Core;

/// <summary>
/// How far a request got when no usable answer came back: tells a caller whether sending it again could do
/// the work twice (ring a person twice, create a second session).
/// </summary>
public enum RequestDelivery
{
    /// <summary>The request never left this machine (connection refused, name not resolved, TLS failed): safe to resend.</summary>
    NotSent = 1,

    /// <summary>
    /// The request may have reached the service and been processed, but no answer came (timeout, dropped connection):
    /// check before resending, for example with the session summary webhook or a listing.
    /// </summary>
    MayHaveReachedService = 2,

    /// <summary>
    /// The service answered, but the answer could not be read (cut short, too large, not the expected JSON): the
    /// work may have been done, so check before resending.
    /// </summary>
    AnsweredUnreadable = 3,
}
