using Evo8x8.Client.Core.Http;
using Refit;

namespace Evo8x8.Client.Evo.Calls;

/// <summary>Evo Voice's calls routes as Refit declares them.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface ICallsRoutes
{
    [Get("/calls/active")]
    Task<ActiveCallsBody> ListActiveAsync([AliasAs("accountId")] string? accountId, CancellationToken cancellationToken);
}
