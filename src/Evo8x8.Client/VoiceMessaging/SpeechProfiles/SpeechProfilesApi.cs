using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging.SpeechProfiles;

/// <summary>The speech profiles resource over HTTP.</summary>
internal sealed class SpeechProfilesApi(JsonApiConnection connection, VoiceClientOptions options) : ISpeechProfilesApi
{
    private readonly SubAccountResource _profiles = new(options, "speech-profiles");

    public Task<SpeechProfileList> ListAsync(CancellationToken cancellationToken = default)
        => connection.SendAsync(_profiles.Route(HttpMethod.Get), null, Evo8x8JsonContext.Default.SpeechProfileList, cancellationToken);
}
