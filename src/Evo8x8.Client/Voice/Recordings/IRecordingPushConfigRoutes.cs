using Evo8x8.Client.Core.Http;
using Refit;

namespace Evo8x8.Client.Voice.Recordings;

/// <summary>8x8's recording push configuration routes as Refit declares them.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface IRecordingPushConfigRoutes
{
    [Get("/api/v1/subaccounts/{subAccountId}/recording-push-config")]
    Task<RecordingPushConfig> GetAsync(string subAccountId, CancellationToken cancellationToken);

    [Post("/api/v1/subaccounts/{subAccountId}/recording-push-config")]
    Task<RecordingPushConfig> CreateAsync(string subAccountId, [Body] NewRecordingPushConfig config, CancellationToken cancellationToken);

    [Delete("/api/v1/subaccounts/{subAccountId}/recording-push-config")]
    Task<RecordingPushConfig> DeleteAsync(string subAccountId, CancellationToken cancellationToken);
}
