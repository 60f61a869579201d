using System.Net;
using System.Text.Json;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>Turns the Apps API's error answers (<c>{"message": "…"}</c>) into <see cref="CcaiApiException"/> with what to check.</summary>
internal static class CcaiErrorReader
{
    public static CcaiApiException Read(ApiErrorResponse answer)
    {
        string? message = null;
        if (answer.LooksLikeJsonObject)
        {
            try
            {
                message = JsonSerializer.Deserialize(answer.Body, CcaiJsonContext.Default.CcaiErrorBody)?.Message;
            }
            catch (JsonException)
            {
                message = null;
            }
        }

        string hint = answer.Status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => " Check the configuration keys Ccai:Subdomain and Ccai:ApiToken.",
            HttpStatusCode.NotFound => " Check the id, and the configuration keys Ccai:Subdomain and Ccai:Domain.",
            HttpStatusCode.TooManyRequests => " The tenant's limit is 10 requests per second; the retries gave up.",
            _ => string.Empty,
        };
        if (message is null && hint.Length == 0)
        {
            Evo8x8ApiException unreadable = answer.ToUnreadableBodyException();
            return new CcaiApiException(unreadable.Message, answer.Status);
        }

        string text = message is null ? $"{answer.Describe()}.{hint}" : $"{answer.Describe()}: {message}.{hint}";
        return new CcaiApiException(text, answer.Status, message);
    }
}
