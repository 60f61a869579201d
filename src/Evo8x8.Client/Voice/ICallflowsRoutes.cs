using Evo8x8.Client.Core.Http;
using Refit;

namespace Evo8x8.Client.Voice;

/// <summary>8x8's callflows route as Refit declares it; <see cref="CallflowsApi"/> validates and checks the answer.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface ICallflowsRoutes
{
    [Post("/api/v1/subaccounts/{subAccountId}/callflows")]
    Task<CallflowResult> SendAsync(string subAccountId, [Body] Callflow callflow, CancellationToken cancellationToken);
}
