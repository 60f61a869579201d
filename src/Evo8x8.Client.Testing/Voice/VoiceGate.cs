using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;
using NodaTime.Text;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>
/// 8x8's checks before any operation: the bearer API key (401) and then the subaccount in the path (404),
/// answered with the bodies of 8x8's OpenAPI examples.
/// </summary>
internal sealed class VoiceGate(Evo8x8EmulatorOptions options)
{
    public const string Unauthenticated = "Authentication header not found or token invalid";

    /// <summary>Answers the refusal and returns false when the request may not go on.</summary>
    /// <param name="request">The request.</param>
    /// <param name="callflowShape">Whether refusals carry the callflow fields (<c>sessionStatus</c>, <c>callFlowRequestId</c>).</param>
    public async Task<bool> AdmitAsync(EmulatorRequest request, bool callflowShape)
    {
        if (!HasApiKey(request.Context.Request.Headers.Authorization.ToString()))
        {
            request.Refused(StatusCodes.Status401Unauthorized, StatusCodes.Status401Unauthorized, Unauthenticated, "Authorization header");
            await RefuseAsync(request.Context, StatusCodes.Status401Unauthorized, Unauthenticated, callflowShape).ConfigureAwait(false);
            return false;
        }

        string subAccountId = request.RouteValue("subAccountId");
        if (!string.Equals(subAccountId, options.SubAccountId, StringComparison.Ordinal))
        {
            request.Refused(StatusCodes.Status404NotFound, StatusCodes.Status404NotFound, $"SubAccount not found by Id : {subAccountId}", "path {subAccountId}", subAccountId);
            await RefuseAsync(request.Context, StatusCodes.Status404NotFound, $"SubAccount not found by Id : {subAccountId}", callflowShape).ConfigureAwait(false);
            return false;
        }

        return true;
    }

    /// <summary>Writes 8x8's error body: <c>{sessionStatus, callFlowRequestId, statusCode, statusMessage}</c> for callflows, <c>{statusCode, statusMessage}</c> otherwise.</summary>
    public static Task RefuseAsync(HttpContext context, int httpStatus, string message, bool callflowShape, int? statusCode = null)
        => JsonAnswer.WriteAsync(context, httpStatus, writer => WriteRefusal(writer, statusCode ?? httpStatus, message, callflowShape));

    /// <summary>
    /// Writes 8x8's 422 body for a bad request body, <c>{errorId, statusCode, statusMessage, timestamp}</c> (the shape of
    /// the webhooks and push-configuration examples), and records the refusal.
    /// </summary>
    public static Task InvalidAsync(EmulatorRequest request, string code, string message, string? path)
    {
        request.Refused(StatusCodes.Status422UnprocessableEntity, int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), message, path);
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status422UnprocessableEntity, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("errorId", Guid.NewGuid().ToString());
            writer.WriteString("statusCode", code);
            writer.WriteString("statusMessage", message);
            writer.WriteString("timestamp", InstantPattern.ExtendedIso.Format(request.Clock.GetCurrentInstant()));
            writer.WriteEndObject();
        });
    }

    /// <summary>Answers 404 <c>{statusCode, statusMessage}</c> for something the path names that does not exist, and records it.</summary>
    public static Task NotFoundAsync(EmulatorRequest request, string message, string pathPart, string value)
    {
        request.Refused(StatusCodes.Status404NotFound, StatusCodes.Status404NotFound, message, $"path {{{pathPart}}}", value);
        return RefuseAsync(request.Context, StatusCodes.Status404NotFound, message, callflowShape: false);
    }

    private static void WriteRefusal(Utf8JsonWriter writer, int statusCode, string message, bool callflowShape)
    {
        writer.WriteStartObject();
        if (callflowShape)
        {
            writer.WriteString("sessionStatus", "NOT_CREATED");
            writer.WriteString("callFlowRequestId", Guid.NewGuid().ToString());
        }

        writer.WriteNumber("statusCode", statusCode);
        writer.WriteString("statusMessage", message);
        writer.WriteEndObject();
    }

    private bool HasApiKey(string header)
    {
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] given = Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim());
        byte[] expected = Encoding.UTF8.GetBytes(options.ApiKey);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
