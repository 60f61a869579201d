using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice.SpeechProfiles;

/// <summary>The speech profiles resource over the generated <see cref="ISpeechProfilesRoutes"/>.</summary>
internal sealed class SpeechProfilesApi(ISpeechProfilesRoutes routes, VoiceAccount account) : ISpeechProfilesApi
{
    public Evo8x8Pager<SpeechProfile, SpeechProfileList> ListAsync(CancellationToken cancellationToken = default)
        => new((_, token) => VoiceService.RequireAsync(routes.ListAsync(account.SubAccountId, token), "the speech profiles"), list => list.SpeechProfiles, cancellationToken);
}
