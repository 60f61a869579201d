using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging.Recordings;

/// <summary>The recordings resource over HTTP.</summary>
internal sealed class RecordingsApi(JsonApiConnection connection, VoiceClientOptions options) : IRecordingsApi
{
    private readonly SubAccountResource _recordings = new(options, "recordings");

    public Task<RecordingList> GetStatusAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        // 8x8's schema only accepts a GUID here; anything else would come back as a bare 404.
        if (!Guid.TryParseExact(sessionId, "D", out _))
        {
            throw new ArgumentException($"The session id '{sessionId}' is not a GUID such as 6a1d2a43-c7d4-4f9a-9a5e-2b7e3f6c9d10; pass CallflowResult.SessionId.", nameof(sessionId));
        }

        ApiRoute route = _recordings.Item(HttpMethod.Get, "sessionId", sessionId);
        return connection.SendAsync(route, null, Evo8x8JsonContext.Default.RecordingList, cancellationToken);
    }
}
