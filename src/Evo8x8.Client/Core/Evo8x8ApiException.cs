using System.Net;

namespace Evo8x8.Client.Core;

/// <summary>
/// The root of every error this SDK raises: catch it to handle any failure of any service in one place.
/// </summary>
/// <remarks>
/// For a failed HTTP call it carries the HTTP status, the service's own error code and message, and the
/// request id the service assigned; for a problem found before anything was sent (validation, parsing)
/// <see cref="HttpStatus"/> is <see langword="null"/>. No property or message ever contains a credential.
/// </remarks>
public class Evo8x8ApiException : Exception
{
    /// <summary>Creates an exception with a message only, for problems found without an HTTP exchange.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    public Evo8x8ApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception that wraps the lower-level failure that caused it.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public Evo8x8ApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a failed HTTP exchange; every detail but the message is optional.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    /// <param name="httpStatus">The HTTP status the service answered with, if it answered.</param>
    /// <param name="errorCode">The service's own error code as text (8x8's <c>statusCode</c>, ServiceStack's <c>errorCode</c>).</param>
    /// <param name="serviceMessage">The service's own error message, verbatim.</param>
    /// <param name="requestId">The id the service gave the request (8x8's <c>callFlowRequestId</c>), for support tickets.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public Evo8x8ApiException(
        string message,
        HttpStatusCode? httpStatus,
        string? errorCode = null,
        string? serviceMessage = null,
        string? requestId = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        HttpStatus = httpStatus;
        ErrorCode = errorCode;
        ServiceMessage = serviceMessage;
        RequestId = requestId;
    }

    /// <summary>The HTTP status of the failed answer; <see langword="null"/> when no answer was involved.</summary>
    public HttpStatusCode? HttpStatus { get; }

    /// <summary>The service's own error code as text, exactly as sent (for example <c>-1002</c>).</summary>
    public string? ErrorCode { get; }

    /// <summary>The service's own error message, verbatim, when it sent one.</summary>
    public string? ServiceMessage { get; }

    /// <summary>The id the service assigned to the request, to quote to its support.</summary>
    public string? RequestId { get; }

    /// <summary>A copy with every text masked; types the HTTP layer does not raise are returned as they are.</summary>
    internal virtual Evo8x8ApiException MaskWith(Core.Http.SecretMask mask)
        => GetType() == typeof(Evo8x8ApiException)
            ? new Evo8x8ApiException(
                mask.Apply(Message), HttpStatus, mask.ApplyOrNull(ErrorCode), mask.ApplyOrNull(ServiceMessage), mask.SecretsOnly(RequestId), mask.Apply(InnerException))
            : this;
}
