using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging.Recordings;

/// <summary>The recording push configuration resource over HTTP.</summary>
internal sealed class RecordingPushConfigApi(JsonApiConnection connection, VoiceClientOptions options) : IRecordingPushConfigApi
{
    private readonly SubAccountResource _config = new(options, "recording-push-config");

    public Task<RecordingPushConfig> GetAsync(CancellationToken cancellationToken = default)
        => connection.SendAsync(_config.Route(HttpMethod.Get), null, Evo8x8JsonContext.Default.RecordingPushConfig, cancellationToken);

    public async Task<RecordingPushConfig> CreateAsync(NewRecordingPushConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        using ByteArrayContent body = JsonApiConnection.JsonBody(config, Evo8x8JsonContext.Default.NewRecordingPushConfig);
        return await connection.SendAsync(_config.Route(HttpMethod.Post), body, Evo8x8JsonContext.Default.RecordingPushConfig, cancellationToken)
            .ConfigureAwait(false);
    }

    public Task<RecordingPushConfig> DeleteAsync(CancellationToken cancellationToken = default)
        => connection.SendAsync(_config.Route(HttpMethod.Delete), null, Evo8x8JsonContext.Default.RecordingPushConfig, cancellationToken);
}
