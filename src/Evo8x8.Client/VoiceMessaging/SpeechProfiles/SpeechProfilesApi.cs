using Evo8x8.Client.Http;

namespace Evo8x8.Client.VoiceMessaging.SpeechProfiles;

/// <summary>The speech profiles resource over the generated <see cref="ISpeechProfilesRoutes"/>.</summary>
internal sealed class SpeechProfilesApi(ISpeechProfilesRoutes routes, VoiceAccount account) : ISpeechProfilesApi
{
    public Task<SpeechProfileList> ListAsync(CancellationToken cancellationToken = default)
        => Answer.VoiceAsync(routes.ListAsync(account.SubAccountId, account.Authorization, cancellationToken), "the speech profiles");
}
