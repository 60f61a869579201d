using Evo8x8.Client.Http;
using Refit;

namespace Evo8x8.Client.VoiceMessaging.SpeechProfiles;

/// <summary>8x8's speech profiles route as Refit declares it.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface ISpeechProfilesRoutes
{
    [Get("/api/v1/subaccounts/{subAccountId}/speech-profiles")]
    Task<SpeechProfileList> ListAsync(string subAccountId, [Header("Authorization")] string authorization, CancellationToken cancellationToken);
}
