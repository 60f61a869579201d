using System.Net;
using System.Text.Json;
using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging;

/// <summary>
/// Turns 8x8's error answers into <see cref="VoiceApiException"/>: the callflow form
/// <c>{sessionStatus, callFlowRequestId, statusCode, statusMessage}</c> and the forms of the other resources
/// (<c>errorId</c> instead of <c>callFlowRequestId</c>; <c>code</c> and <c>message</c> for log exports).
/// </summary>
internal static class VoiceErrorReader
{
    public static Evo8x8ApiException Read(ApiErrorResponse answer)
    {
        if (!answer.LooksLikeJsonObject)
        {
            return Unreadable(answer);
        }

        CallflowErrorBody? body;
        try
        {
            body = JsonSerializer.Deserialize(answer.Body, Evo8x8JsonContext.Default.CallflowErrorBody);
        }
        catch (JsonException)
        {
            return Unreadable(answer);
        }

        if (body is null)
        {
            return Unreadable(answer);
        }

        CallflowStatusCode? statusCode = body.StatusCode ?? body.Code;
        string? statusMessage = body.StatusMessage ?? body.Message;
        string code = statusCode is { } value ? $" {value}" : string.Empty;
        return new VoiceApiException(
            ApiFailure.Text($"{answer.Describe()}:{code} {statusMessage ?? "(no message)"}"),
            answer.Status,
            statusCode,
            body.SessionStatus,
            statusMessage,
            body.CallFlowRequestId ?? body.ErrorId);
    }

    /// <summary>
    /// 8x8 answers 401, 403 and 404 of most resources without a body, so the status alone has to tell the
    /// caller what to check.
    /// </summary>
    private static Evo8x8ApiException Unreadable(ApiErrorResponse answer)
    {
        Evo8x8ApiException unreadable = answer.ToUnreadableBodyException();
        string? hint = answer.Status switch
        {
            HttpStatusCode.Unauthorized => "8x8 did not accept the API key: check VoiceClientOptions.ApiKey.",
            HttpStatusCode.Forbidden => "The API key may not use this resource for this subaccount: check the key's permissions in 8x8 Connect.",
            HttpStatusCode.NotFound => "8x8 knows no such subaccount or item: check VoiceClientOptions.SubAccountId and the id in the request.",
            _ => null,
        };
        return hint is null ? unreadable : new Evo8x8ApiException(ApiFailure.Text($"{unreadable.Message} {hint}"), answer.Status);
    }
}
