using Evo8x8.Client.Http;

namespace Evo8x8.Client.VoiceMessaging.Recordings;

/// <summary>The recording push configuration resource over the generated <see cref="IRecordingPushConfigRoutes"/>.</summary>
internal sealed class RecordingPushConfigApi(IRecordingPushConfigRoutes routes, VoiceAccount account) : IRecordingPushConfigApi
{
    private const string What = "the recording push configuration";

    public Task<RecordingPushConfig> GetAsync(CancellationToken cancellationToken = default)
        => Answer.VoiceAsync(routes.GetAsync(account.SubAccountId, account.Authorization, cancellationToken), What);

    public Task<RecordingPushConfig> CreateAsync(NewRecordingPushConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Answer.VoiceAsync(routes.CreateAsync(account.SubAccountId, config, account.Authorization, cancellationToken), What);
    }

    public Task<RecordingPushConfig> DeleteAsync(CancellationToken cancellationToken = default)
        => Answer.VoiceAsync(routes.DeleteAsync(account.SubAccountId, account.Authorization, cancellationToken), What);
}
