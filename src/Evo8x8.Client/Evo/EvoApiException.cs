using System.Net;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice refused a request: <see cref="Evo8x8ApiException.ErrorCode"/> and
/// <see cref="Evo8x8ApiException.ServiceMessage"/> are ServiceStack's <c>responseStatus.errorCode</c> and
/// <c>message</c>, <see cref="FieldErrors"/> its per-field <c>errors</c>.
/// </summary>
public sealed class EvoApiException : Evo8x8ApiException
{
    /// <summary>Creates the exception from Evo's answer.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    /// <param name="httpStatus">The HTTP status of the answer.</param>
    /// <param name="errorCode">ServiceStack's <c>errorCode</c> (for example <c>Unauthorized</c>, <c>NotFound</c>).</param>
    /// <param name="serviceMessage">ServiceStack's <c>message</c>, verbatim.</param>
    /// <param name="fieldErrors">ServiceStack's <c>errors</c>, one per field Evo objected to.</param>
    /// <param name="serverStackTrace">ServiceStack's <c>stackTrace</c>, when Evo runs in debug mode.</param>
    public EvoApiException(
        string message,
        HttpStatusCode httpStatus,
        string? errorCode,
        string? serviceMessage,
        IReadOnlyList<EvoFieldError>? fieldErrors = null,
        string? serverStackTrace = null)
        : base(message, httpStatus, errorCode, serviceMessage)
    {
        FieldErrors = fieldErrors ?? [];
        ServerStackTrace = serverStackTrace;
    }

    /// <summary>The fields Evo objected to, each with its code and message; empty when the error is not about fields.</summary>
    public IReadOnlyList<EvoFieldError> FieldErrors { get; }

    /// <summary>The server-side stack trace Evo sent, for its support; never part of <see cref="Exception.Message"/>.</summary>
    public string? ServerStackTrace { get; }

    /// <inheritdoc />
    internal override Evo8x8ApiException MaskWith(Core.Http.SecretMask mask)
        => new EvoApiException(
            mask.Apply(Message),
            HttpStatus!.Value,
            mask.ApplyOrNull(ErrorCode),
            mask.ApplyOrNull(ServiceMessage),
            [.. FieldErrors.Select(error => new EvoFieldError { ErrorCode = mask.ApplyOrNull(error.ErrorCode), FieldName = mask.ApplyOrNull(error.FieldName), Message = mask.ApplyOrNull(error.Message) })],
            mask.ApplyOrNull(ServerStackTrace));
}
