using System.Net;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>
/// The CCAI Platform Apps API refused a request: <see cref="Evo8x8ApiException.ServiceMessage"/> is its
/// <c>message</c>, when it sent one.
/// </summary>
public sealed class CcaiApiException : Evo8x8ApiException
{
    /// <summary>Creates the exception from the Apps API's answer.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    /// <param name="httpStatus">The HTTP status of the answer.</param>
    /// <param name="serviceMessage">The Apps API's <c>message</c>, verbatim.</param>
    public CcaiApiException(string message, HttpStatusCode httpStatus, string? serviceMessage = null)
        : base(message, httpStatus, serviceMessage: serviceMessage)
    {
    }

    /// <inheritdoc />
    internal override Evo8x8ApiException MaskWith(Core.Http.SecretMask mask)
        => new CcaiApiException(mask.Apply(Message), HttpStatus!.Value, mask.ApplyOrNull(ServiceMessage));
}
