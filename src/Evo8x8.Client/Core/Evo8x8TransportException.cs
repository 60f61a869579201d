using System.Net;

namespace Evo8x8.Client.Core;

/// <summary>
/// No usable answer came back for a request: it was not sent, it got no answer, or its answer could not be read.
/// <see cref="Delivery"/> says which, so that code can decide whether resending is safe.
/// </summary>
public class Evo8x8TransportException : Evo8x8ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    /// <param name="delivery">How far the request got.</param>
    /// <param name="httpStatus">The HTTP status, when the service answered before the answer became unreadable.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public Evo8x8TransportException(string message, RequestDelivery delivery, HttpStatusCode? httpStatus = null, Exception? innerException = null)
        : base(message, httpStatus, innerException: innerException)
    {
        Delivery = delivery;
    }

    /// <summary>How far the request got: not sent, maybe processed, or answered unreadably.</summary>
    public RequestDelivery Delivery { get; }

    /// <inheritdoc />
    internal override Evo8x8ApiException MaskWith(Core.Http.SecretMask mask)
        => GetType() == typeof(Evo8x8TransportException)
            ? new Evo8x8TransportException(mask.Apply(Message), Delivery, HttpStatus, mask.Apply(InnerException))
            : this;
}
