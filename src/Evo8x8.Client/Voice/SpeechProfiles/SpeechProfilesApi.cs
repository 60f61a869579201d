namespace Evo8x8.Client.Voice.SpeechProfiles;

/// <summary>The speech profiles resource over the generated <see cref="ISpeechProfilesRoutes"/>.</summary>
internal sealed class SpeechProfilesApi(ISpeechProfilesRoutes routes, VoiceAccount account) : ISpeechProfilesApi
{
    public Task<SpeechProfileList> ListAsync(CancellationToken cancellationToken = default)
        => VoiceService.RequireAsync(routes.ListAsync(account.SubAccountId, cancellationToken), "the speech profiles");
}
