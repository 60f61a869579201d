namespace Evo8x8.Client.Evo.Calls;

/// <summary>The calls resource over the generated <see cref="ICallsRoutes"/>.</summary>
internal sealed class CallsApi(ICallsRoutes routes) : ICallsApi
{
    /// <summary>The route template of <c>GetActiveCalls</c>; <see cref="EvoErrorReader"/> names its roles on a 403.</summary>
    internal const string ActiveTemplate = "calls/active";

    public async Task<IReadOnlyList<CallInfo>> ListActiveAsync(string? accountId = null, CancellationToken cancellationToken = default)
    {
        Task<ActiveCallsBody> call = routes.ListActiveAsync(string.IsNullOrEmpty(accountId) ? null : accountId, cancellationToken);
        return (await EvoService.RequireAsync(call, "the active calls").ConfigureAwait(false)).Calls ?? [];
    }
}
