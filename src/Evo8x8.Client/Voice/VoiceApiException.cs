using System.Net;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice;

/// <summary>
/// 8x8's Voice API refused a request: <see cref="StatusCode"/> is 8x8's own code (for a callflow, which rule
/// it broke), <see cref="Evo8x8ApiException.RequestId"/> its <c>callFlowRequestId</c>.
/// </summary>
public sealed class VoiceApiException : Evo8x8ApiException
{
    /// <summary>Creates the exception from 8x8's answer.</summary>
    /// <param name="message">What went wrong, in plain words.</param>
    /// <param name="httpStatus">The HTTP status of the answer.</param>
    /// <param name="statusCode">8x8's <c>statusCode</c>, when the body carried one.</param>
    /// <param name="sessionStatus">8x8's <c>sessionStatus</c> (<c>NOT_CREATED</c>), when the body carried one.</param>
    /// <param name="statusMessage">8x8's <c>statusMessage</c>, verbatim.</param>
    /// <param name="callFlowRequestId">8x8's <c>callFlowRequestId</c>.</param>
    public VoiceApiException(
        string message,
        HttpStatusCode httpStatus,
        CallflowStatusCode? statusCode,
        CallflowSessionStatus? sessionStatus,
        string? statusMessage,
        string? callFlowRequestId)
        : base(message, httpStatus, statusCode?.ToString(), statusMessage, callFlowRequestId)
    {
        StatusCode = statusCode;
        SessionStatus = sessionStatus;
    }

    /// <summary>8x8's <c>statusCode</c> (for example -1013), when the answer carried one.</summary>
    public CallflowStatusCode? StatusCode { get; }

    /// <summary>8x8's <c>sessionStatus</c>, <c>NOT_CREATED</c> for a refused callflow.</summary>
    public CallflowSessionStatus? SessionStatus { get; }

    /// <inheritdoc />
    internal override Evo8x8ApiException MaskWith(Core.Http.SecretMask mask)
        => new VoiceApiException(mask.Apply(Message), HttpStatus!.Value, StatusCode, SessionStatus, mask.ApplyOrNull(ServiceMessage), mask.SecretsOnly(RequestId));
}
