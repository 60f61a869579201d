namespace Evo8x8.Client.Evo;

/// <summary>ServiceStack's <c>ResponseStatus</c>: what went wrong with a request.</summary>
internal sealed class EvoResponseStatus
{
    public string? ErrorCode { get; init; }

    public string? Message { get; init; }

    public string? StackTrace { get; init; }

    public List<EvoFieldError>? Errors { get; init; }
}
