using System.Net;

namespace Evo8x8.Client.Core;

/// <summary>
/// The service's response was larger than the client's <c>MaxResponseBytes</c> (after decompression); it was not read
/// past that limit. The request was processed as far as the service is concerned.
/// </summary>
public sealed class Evo8x8ResponseTooLargeException : Evo8x8TransportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    /// <param name="httpStatus">The HTTP status of the response.</param>
    /// <param name="limit">The limit in bytes that the response went past.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public Evo8x8ResponseTooLargeException(string message, HttpStatusCode httpStatus, long limit, Exception? innerException = null)
        : base(message, RequestDelivery.AnsweredUnreadable, httpStatus, innerException)
    {
        Limit = limit;
    }

    /// <summary>The limit in bytes that the response went past.</summary>
    public long Limit { get; }

    /// <inheritdoc />
    internal override Evo8x8ApiException MaskWith(Core.Http.SecretMask mask)
        => new Evo8x8ResponseTooLargeException(mask.Apply(Message), HttpStatus!.Value, Limit, mask.Apply(InnerException));
}
