using Evo8x8.Client.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.Sessions;

/// <summary>ServiceStack's error body, as Evo Voice answers it: <c>{responseStatus: {errorCode, message, errors: [{errorCode, fieldName, message}]}}</c>.</summary>
internal static class ResponseStatusJson
{
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
