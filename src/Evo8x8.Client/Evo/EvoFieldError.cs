namespace Evo8x8.Client.Evo;

/// <summary>One problem Evo found with one field of a request (ServiceStack's <c>ResponseError</c>).</summary>
public sealed class EvoFieldError
{
    /// <summary>Evo's code for the problem, for example <c>NotEmpty</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The field of the request the problem is about, as Evo names it.</summary>
    public string? FieldName { get; init; }

    /// <summary>Evo's message about the field, verbatim.</summary>
    public string? Message { get; init; }
}
