using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.VoiceMessaging;

/// <summary>
/// Why the emulator refuses a callflow: 8x8's status code and message, and the HTTP status. Following 8x8's
/// OpenAPI examples, schema problems (-1001, -1007, -1009) are answered 400 and rule problems (-1013 and the
/// other semantic codes) 422.
/// </summary>
internal sealed record CallflowRefusal(int StatusCode, string Message, int HttpStatus)
{
    public const string InvalidEntryPrefix = "Invalid call flow entry provided. ";

    public static CallflowRefusal Schema(int statusCode, string message) => new(statusCode, message, StatusCodes.Status400BadRequest);

    public static CallflowRefusal InvalidEntry(string path, string problem) => Schema(-1009, $"{InvalidEntryPrefix}{path}: {problem}");

    public static CallflowRefusal Rule(int statusCode, string message) => new(statusCode, message, StatusCodes.Status422UnprocessableEntity);
}
