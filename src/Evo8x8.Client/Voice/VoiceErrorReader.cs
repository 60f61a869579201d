using System.Net;
using System.Text.Json;
using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Core;
using Evo8x8.Client.Voice.Json;

namespace Evo8x8.Client.Voice;

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
            body = JsonSerializer.Deserialize(answer.Body, VoiceJsonContext.Default.CallflowErrorBody);
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
        string hint = Hint(answer.Status) is { } known ? $" {known}" : string.Empty;
        return new VoiceApiException(
            $"{answer.Describe()}:{code} {statusMessage ?? "(no message)"}{hint}",
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
        string? hint = answer.Status == HttpStatusCode.NotFound
            ? "8x8 knows no such subaccount or item: check VoiceClientOptions.SubAccountId and the id in the request."
            : Hint(answer.Status);
        return hint is null ? unreadable : new Evo8x8ApiException($"{unreadable.Message} {hint}", answer.Status);
    }

    /// <summary>What to check after a 401 or 403, whether or not 8x8 sent its error body.</summary>
    private static string? Hint(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "8x8 did not accept the API key: check VoiceClientOptions.ApiKey.",
        HttpStatusCode.Forbidden => "The API key may not use this resource for this subaccount: check the key's permissions in 8x8 Connect.",
        _ => null,
    };

    /// <summary>An answer 200 whose callflow result says the session was not created.</summary>
    public static VoiceApiException NotCreated(CallflowResult result)
        => new(
            $"8x8 did not create the session ({result.SessionStatus}): {result.StatusCode} {result.StatusMessage}",
            HttpStatusCode.OK,
            result.StatusCode,
            result.SessionStatus,
            result.StatusMessage,
            result.CallFlowRequestId);
}
