using Evo8x8.Client.Http;
using Refit;

namespace Evo8x8.Client.VoiceMessaging.Numbers;

/// <summary>8x8's virtual numbers routes as Refit declares them; the route template keeps the number out of logs.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface INumbersRoutes
{
    [Get("/api/v1/subaccounts/{subAccountId}/numbers")]
    Task<VirtualNumberList> ListAsync(string subAccountId, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Get("/api/v1/subaccounts/{subAccountId}/numbers/{number}")]
    Task<VirtualNumberCheck> CheckAsync(string subAccountId, string number, [Header("Authorization")] string authorization, CancellationToken cancellationToken);
}
