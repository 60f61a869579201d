namespace Evo8x8.Client.Evo;

/// <summary>The body ServiceStack sends with a failed request: <c>{ responseStatus: { … } }</c>.</summary>
internal sealed class EvoErrorBody
{
    public EvoResponseStatus? ResponseStatus { get; init; }
}
