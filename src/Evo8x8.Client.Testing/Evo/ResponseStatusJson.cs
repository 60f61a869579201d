using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>ServiceStack's error body, as Evo Voice answers it: <c>{responseStatus: {errorCode, message, errors: [{errorCode, fieldName, message}]}}</c>.</summary>
internal static class ResponseStatusJson
{
    /// <summary>ServiceStack's validation answer for a required field left empty.</summary>
    public static Task MissingAsync(HttpContext context, string fieldName)
    {
        string message = $"'{fieldName}' must not be empty.";
        return WriteAsync(context, StatusCodes.Status400BadRequest, "NotEmpty", message, new FieldError("NotEmpty", fieldName, message));
    }

    /// <summary>The answer to a request that binds but cannot be carried out on the session as it is.</summary>
    public static Task RefuseAsync(HttpContext context, string message)
        => WriteAsync(context, StatusCodes.Status400BadRequest, "ArgumentException", message);

    /// <summary>ServiceStack's answer to a request whose field does not bind (a wrong enum value, a body that is not JSON).</summary>
    public static Task UnboundAsync(HttpContext context, string dtoName, FieldError? field = null)
        => field is null
            ? WriteAsync(context, StatusCodes.Status400BadRequest, "SerializationException", $"Could not deserialize 'application/json' request using {dtoName}")
            : WriteAsync(context, StatusCodes.Status400BadRequest, field.ErrorCode, $"Unable to bind to request '{dtoName}': {field.Message}", field);

    public static Task WriteAsync(HttpContext context, int httpStatus, string errorCode, string message, FieldError? field = null)
        => JsonAnswer.WriteAsync(context, httpStatus, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("responseStatus");
            writer.WriteString("errorCode", errorCode);
            writer.WriteString("message", message);
            writer.WriteStartArray("errors");
            if (field is not null)
            {
                writer.WriteStartObject();
                writer.WriteString("errorCode", field.ErrorCode);
                writer.WriteString("fieldName", field.FieldName);
                writer.WriteString("message", field.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
}

/// <summary>One entry of <c>responseStatus.errors</c>.</summary>
internal sealed record FieldError(string ErrorCode, string FieldName, string Message);
