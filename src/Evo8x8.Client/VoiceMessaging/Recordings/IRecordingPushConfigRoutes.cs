using Evo8x8.Client.Http;
using Refit;

namespace Evo8x8.Client.VoiceMessaging.Recordings;

/// <summary>8x8's recording push configuration routes as Refit declares them.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface IRecordingPushConfigRoutes
{
    [Get("/api/v1/subaccounts/{subAccountId}/recording-push-config")]
    Task<RecordingPushConfig> GetAsync(string subAccountId, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Post("/api/v1/subaccounts/{subAccountId}/recording-push-config")]
    Task<RecordingPushConfig> CreateAsync(string subAccountId, [Body] NewRecordingPushConfig config, [Header("Authorization")] string authorization, CancellationToken cancellationToken);

    [Delete("/api/v1/subaccounts/{subAccountId}/recording-push-config")]
    Task<RecordingPushConfig> DeleteAsync(string subAccountId, [Header("Authorization")] string authorization, CancellationToken cancellationToken);
}
