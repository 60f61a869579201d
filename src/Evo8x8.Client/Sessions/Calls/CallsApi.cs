using Evo8x8.Client.Http;

namespace Evo8x8.Client.Sessions.Calls;

/// <summary>The calls resource over the generated <see cref="ICallsRoutes"/>.</summary>
internal sealed class CallsApi(ICallsRoutes routes, string authorization) : ICallsApi
{
    /// <summary>The route template of <c>GetActiveCalls</c>; <see cref="EvoErrorReader"/> names its roles on a 403.</summary>
    internal const string ActiveTemplate = "calls/active";

    public async Task<IReadOnlyList<CallInfo>> ListActiveAsync(string? accountId = null, CancellationToken cancellationToken = default)
    {
        Task<ActiveCallsBody> call = routes.ListActiveAsync(string.IsNullOrEmpty(accountId) ? null : accountId, authorization, cancellationToken);
        return (await Answer.RequireAsync(call, EvoVoiceClient.ServiceName, "the active calls").ConfigureAwait(false)).Calls ?? [];
    }
}
