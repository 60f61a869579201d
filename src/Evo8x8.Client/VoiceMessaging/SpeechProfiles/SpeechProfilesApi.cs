using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging.SpeechProfiles;

/// <summary>The speech profiles resource over HTTP.</summary>
internal sealed class SpeechProfilesApi(JsonApiConnection connection, VoiceClientOptions options) : ISpeechProfilesApi
{
    private const string Template = "api/v1/subaccounts/{subAccountId}/speech-profiles";

    private readonly string _path = $"api/v1/subaccounts/{Uri.EscapeDataString(options.SubAccountId)}/speech-profiles";

    public Task<SpeechProfileList> ListAsync(CancellationToken cancellationToken = default)
        => connection.SendAsync(new ApiRoute(HttpMethod.Get, Template, _path), null, Evo8x8JsonContext.Default.SpeechProfileList, cancellationToken);
}
