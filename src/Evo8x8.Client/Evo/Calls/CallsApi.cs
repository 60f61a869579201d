using Evo8x8.Client.Core;

namespace Evo8x8.Client.Evo.Calls;

/// <summary>The calls resource over the generated <see cref="ICallsRoutes"/>.</summary>
internal sealed class CallsApi(ICallsRoutes routes) : ICallsApi
{
    /// <summary>The route template of <c>GetActiveCalls</c>; <see cref="EvoErrorReader"/> names its roles on a 403.</summary>
    internal const string ActiveTemplate = "calls/active";

    public Evo8x8Pager<CallInfo, IReadOnlyList<CallInfo>> ListActiveAsync(string? accountId = null, CancellationToken cancellationToken = default)
        => new(
            async (_, token) =>
            {
                Task<ActiveCallsBody> call = routes.ListActiveAsync(string.IsNullOrEmpty(accountId) ? null : accountId, token);
                return (await EvoService.RequireAsync(call, "the active calls").ConfigureAwait(false)).Calls ?? [];
            },
            calls => calls,
            cancellationToken);
}
