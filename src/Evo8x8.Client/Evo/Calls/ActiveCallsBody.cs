namespace Evo8x8.Client.Evo.Calls;

/// <summary>Evo's answer to <c>GET /calls/active</c>: <c>{ calls: [...] }</c>.</summary>
internal sealed class ActiveCallsBody
{
    public IReadOnlyList<CallInfo>? Calls { get; init; }
}
