using System.Net;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Core;
using Evo8x8.Client.Evo.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Turns Evo's error answers (ServiceStack's <c>{responseStatus: {errorCode, message, stackTrace, errors[]}}</c>)
/// into <see cref="EvoApiException"/>. The stack trace is kept on the exception but never put in its message.
/// </summary>
internal static class EvoErrorReader
{
    private const string CredentialsHint =
        "Evo did not accept the user name and password; check the configuration keys Evo8x8:Evo:UserName and Evo8x8:Evo:Password (or the section your application binds).";

    // The roles Evo's reference names for the operations that need more than a signed-in user, by route template.
    private static readonly Dictionary<string, string> RequiredRoles = new(StringComparer.Ordinal)
    {
        [SessionsApi.OutgoingTemplate] = "Starting an outgoing flow call needs the Manager or SystemAdministrator role in Evo",
        [Calls.CallsApi.ActiveTemplate] = "Listing an account's active calls needs the Manager or SystemAdministrator role in Evo (some Evo versions also accept CallCenterDashboard)",
    };

    public static Evo8x8ApiException Read(ApiErrorResponse answer)
    {
        EvoResponseStatus? status = TryReadStatus(answer);
        if (answer.Status == HttpStatusCode.Forbidden && RequiredRoles.TryGetValue(answer.Request.RouteTemplate, out string? roleHint))
        {
            List<EvoFieldError> errors = status?.Errors?.Where(error => error is not null).ToList() ?? [];
            string detail = status is null ? $"{answer.Describe()}." : Describe(answer, status, errors) + ".";
            return new EvoApiException($"{detail} {roleHint}; ask an Evo administrator to grant it to this user.", answer.Status, status?.ErrorCode, status?.Message, errors, status?.StackTrace);
        }

        if (status is null)
        {
            // A 401 often comes with an empty body or a proxy's page; what to fix matters more than the body.
            return answer.Status == HttpStatusCode.Unauthorized
                ? new EvoApiException($"{answer.Describe()}. {CredentialsHint}", answer.Status, errorCode: null, serviceMessage: null)
                : answer.ToUnreadableBodyException();
        }

        List<EvoFieldError> fieldErrors = status.Errors?.Where(error => error is not null).ToList() ?? [];
        return new EvoApiException(
            Describe(answer, status, fieldErrors),
            answer.Status,
            status.ErrorCode,
            status.Message,
            fieldErrors,
            status.StackTrace);
    }

    private static EvoResponseStatus? TryReadStatus(ApiErrorResponse answer)
    {
        if (!answer.LooksLikeJsonObject)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(answer.Body, EvoJsonContext.Default.EvoErrorBody)?.ResponseStatus;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(ApiErrorResponse answer, EvoResponseStatus status, List<EvoFieldError> fieldErrors)
    {
        var message = new StringBuilder(answer.Describe()).Append(':');
        if (!string.IsNullOrEmpty(status.ErrorCode))
        {
            message.Append(' ').Append(status.ErrorCode).Append(':');
        }

        message.Append(' ').Append(string.IsNullOrEmpty(status.Message) ? "(no message)" : status.Message);
        foreach (EvoFieldError error in fieldErrors)
        {
            message.Append(" [").Append(error.FieldName ?? "(no field)").Append(": ")
                .Append(error.ErrorCode ?? "(no code)").Append(' ').Append(error.Message ?? "(no message)").Append(']');
        }

        if (answer.Status == HttpStatusCode.Unauthorized)
        {
            message.Append(". ").Append(CredentialsHint);
        }

        return message.ToString();
    }
}
