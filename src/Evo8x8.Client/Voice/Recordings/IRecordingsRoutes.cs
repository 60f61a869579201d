using Evo8x8.Client.Core.Http;
using Refit;

namespace Evo8x8.Client.Voice.Recordings;

/// <summary>8x8's recordings route as Refit declares it.</summary>
[Headers(SdkUserAgent.AcceptJson, SdkUserAgent.Header)]
internal interface IRecordingsRoutes
{
    [Get("/api/v1/subaccounts/{subAccountId}/recordings/{sessionId}")]
    Task<RecordingList> GetStatusAsync(string subAccountId, string sessionId, CancellationToken cancellationToken);
}
