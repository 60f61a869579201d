using System.Net;
using System.Text.Json;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>Turns the Apps API's error answers (<c>{"message": "…"}</c>) into <see cref="Evo8x8ApiException"/> with what to check.</summary>
internal static class CcaiErrorReader
{
    public static Evo8x8ApiException Read(ApiErrorResponse answer)
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
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => " Check Subdomain and ApiToken of CcaiAppsClientOptions.",
            HttpStatusCode.NotFound => " Check the id, and the Subdomain and Domain of CcaiAppsClientOptions.",
            HttpStatusCode.TooManyRequests => " The tenant's limit is 10 requests per second; the retries gave up.",
            _ => string.Empty,
        };
        if (message is null && hint.Length == 0)
        {
            return answer.ToUnreadableBodyException();
        }

        string text = message is null ? $"{answer.Describe()}.{hint}" : $"{answer.Describe()}: {message}.{hint}";
        return new Evo8x8ApiException(ApiFailure.Text(text), answer.Status, serviceMessage: message);
    }
}
