namespace Evo8x8.Client.Voice.Recordings;

/// <summary>The recording push configuration resource over the generated <see cref="IRecordingPushConfigRoutes"/>.</summary>
internal sealed class RecordingPushConfigApi(IRecordingPushConfigRoutes routes, VoiceAccount account) : IRecordingPushConfigApi
{
    private const string What = "the recording push configuration";

    public Task<RecordingPushConfig> GetAsync(CancellationToken cancellationToken = default)
        => VoiceService.RequireAsync(routes.GetAsync(account.SubAccountId, cancellationToken), What);

    public Task<RecordingPushConfig> CreateAsync(NewRecordingPushConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        return VoiceService.RequireAsync(routes.CreateAsync(account.SubAccountId, config, cancellationToken), What);
    }

    public Task<RecordingPushConfig> DeleteAsync(CancellationToken cancellationToken = default)
        => VoiceService.RequireAsync(routes.DeleteAsync(account.SubAccountId, cancellationToken), What);
}
