using NodaTime;

namespace Evo8x8.Client.Testing;

/// <summary>
/// One scripted answer that replaces the emulator's normal behaviour for one request: a status and body, a
/// <c>Retry-After</c> header, a real delay before answering, or a connection dropped without an answer.
/// Immutable; build one with <see cref="Status"/> or <see cref="DropConnection"/> and adjust it with <c>with</c>.
/// </summary>
public sealed record ScriptedFault
{
    private ScriptedFault()
    {
    }

    /// <summary>The HTTP status answered; ignored when <see cref="DropsConnection"/>.</summary>
    public int HttpStatus { get; init; }

    /// <summary>The body answered, verbatim (empty for none).</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The body's media type.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>Real (wall-clock) time waited before answering or dropping, to exercise client timeouts.</summary>
    public Duration Delay { get; init; } = Duration.Zero;

    /// <summary>Sent as <c>Retry-After</c> in whole seconds when set.</summary>
    public Duration? RetryAfter { get; init; }

    /// <summary>Whether the connection is aborted instead of answered, as a crashed proxy would.</summary>
    public bool DropsConnection { get; init; }

    /// <summary>Answers with <paramref name="httpStatus"/> and <paramref name="body"/>.</summary>
    /// <param name="httpStatus">For example 503.</param>
    /// <param name="body">The body, JSON by default; empty for none.</param>
    /// <returns>The fault.</returns>
    public static ScriptedFault Status(int httpStatus, string body = "")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(httpStatus, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(httpStatus, 599);
        return new ScriptedFault { HttpStatus = httpStatus, Body = body ?? string.Empty };
    }

    /// <summary>Aborts the connection without any answer.</summary>
    /// <returns>The fault.</returns>
    public static ScriptedFault DropConnection() => new() { DropsConnection = true };

    /// <summary>Describes the fault (for test output).</summary>
    public override string ToString()
        => DropsConnection ? $"drop connection after {Delay}" : $"{HttpStatus} after {Delay}{(RetryAfter is { } after ? $", Retry-After {after}" : string.Empty)}";
}
