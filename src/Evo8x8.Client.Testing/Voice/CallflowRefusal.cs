using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>
/// Why the emulator refuses a callflow: 8x8's status code and message, and the HTTP status. Following 8x8's
/// OpenAPI examples, schema problems (-1001, -1007, -1009) are answered 400 and rule problems (-1013 and the
/// other semantic codes) 422.
/// </summary>
internal sealed record CallflowRefusal(int StatusCode, string Message, int HttpStatus)
{
    /// <summary>The JSON path of what was refused, for example <c>$.callflow[1].params.voiceProfile</c>.</summary>
    public string? Path { get; init; }

    /// <summary>The refused value as sent, when there is one.</summary>
    public string? Value { get; init; }

    public const string InvalidEntryPrefix = "Invalid call flow entry provided. ";

    public static CallflowRefusal Schema(int statusCode, string message) => new(statusCode, message, StatusCodes.Status400BadRequest);

    public static CallflowRefusal InvalidEntry(string path, string problem) => Schema(-1009, $"{InvalidEntryPrefix}{path}: {problem}") with { Path = path };

    public static CallflowRefusal Rule(int statusCode, string message) => new(statusCode, message, StatusCodes.Status422UnprocessableEntity);

    /// <summary>A rule refusal in 8x8's words, followed by the path and value that broke the rule.</summary>
    public static CallflowRefusal Rule(int statusCode, string message, string path, string? value, string why)
        => new(statusCode, $"{message}: {path}{(value is null ? string.Empty : $" = '{value}'")} {why}", StatusCodes.Status422UnprocessableEntity)
        {
            Path = path,
            Value = value,
        };
}
