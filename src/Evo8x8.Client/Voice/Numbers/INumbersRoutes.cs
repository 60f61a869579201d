using Evo8x8.Client.Core.Http;
using Refit;

namespace Evo8x8.Client.Voice.Numbers;

/// <summary>8x8's virtual numbers routes as Refit declares them; the route template keeps the number out of logs.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface INumbersRoutes
{
    [Get("/api/v1/subaccounts/{subAccountId}/numbers")]
    Task<VirtualNumberList> ListAsync(string subAccountId, CancellationToken cancellationToken);

    [Get("/api/v1/subaccounts/{subAccountId}/numbers/{number}")]
    Task<VirtualNumberCheck> CheckAsync(string subAccountId, string number, CancellationToken cancellationToken);
}
