using Evo8x8.Client.Core.Http;
using Refit;

namespace Evo8x8.Client.Voice.SpeechProfiles;

/// <summary>8x8's speech profiles route as Refit declares it.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface ISpeechProfilesRoutes
{
    [Get("/api/v1/subaccounts/{subAccountId}/speech-profiles")]
    Task<SpeechProfileList> ListAsync(string subAccountId, CancellationToken cancellationToken);
}
