using System.Text.Json;
using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging;

/// <summary>Turns 8x8's error answers (<c>{sessionStatus, callFlowRequestId, statusCode, statusMessage}</c>) into <see cref="VoiceApiException"/>.</summary>
internal static class VoiceErrorReader
{
    public static Evo8x8ApiException Read(ApiErrorResponse answer)
    {
        if (!answer.LooksLikeJsonObject)
        {
            return answer.ToUnreadableBodyException();
        }

        CallflowErrorBody? body;
        try
        {
            body = JsonSerializer.Deserialize(answer.Body, Evo8x8JsonContext.Default.CallflowErrorBody);
        }
        catch (JsonException)
        {
            return answer.ToUnreadableBodyException();
        }

        if (body is null)
        {
            return answer.ToUnreadableBodyException();
        }

        string code = body.StatusCode is { } statusCode ? $" {statusCode}" : string.Empty;
        return new VoiceApiException(
            $"{answer.Describe()}:{code} {body.StatusMessage ?? "(no message)"}",
            answer.Status,
            body.StatusCode,
            body.SessionStatus,
            body.StatusMessage,
            body.CallFlowRequestId);
    }
}
