using System.Net;

namespace Evo8x8.Client.Core;

/// <summary>
/// A request, or reading its answer, took longer than the attempt or total timeout of
/// <see cref="Evo8x8ResilienceOptions"/>; <see cref="Evo8x8TransportException.Delivery"/> says whether it may have been processed.
/// </summary>
public sealed class Evo8x8TimeoutException : Evo8x8TransportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    /// <param name="delivery">How far the request got.</param>
    /// <param name="httpStatus">The HTTP status, when the answer's status arrived but its body did not in time.</param>
    /// <param name="innerException">The timeout that caused this one.</param>
    public Evo8x8TimeoutException(string message, RequestDelivery delivery, HttpStatusCode? httpStatus = null, Exception? innerException = null)
        : base(message, delivery, httpStatus, innerException)
    {
    }

    /// <inheritdoc />
    internal override Evo8x8ApiException MaskWith(Core.Http.SecretMask mask)
        => new Evo8x8TimeoutException(mask.Apply(Message), Delivery, HttpStatus, mask.Apply(InnerException));
}
