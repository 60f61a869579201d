using Evo8x8.Client.Core;

namespace Evo8x8.Client.Voice.SpeechProfiles;

/// <summary>8x8's speech profiles resource: the text-to-speech voices a <c>say</c> or <c>sayAndCapture</c> action may name.</summary>
public interface ISpeechProfilesApi
{
    /// <summary>
    /// <c>GET /api/v1/subaccounts/{subAccountId}/speech-profiles</c>: lists the voices the subaccount may use. Feed the
    /// answer to <see cref="CallflowValidationOptions.FromSpeechProfiles"/> to catch an unknown voice before sending.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A pager, read with <c>await foreach</c> (every item) or <c>GetPageAsync()</c> (8x8's answer: the voice profiles, with 8x8's status code and message); nothing is sent until then.</returns>
    /// <exception cref="VoiceApiException">8x8 refused the request with a JSON error body.</exception>
    /// <exception cref="Evo8x8ApiException">8x8 could not be reached, or answered without a readable body (401, 403, 404).</exception>
    Evo8x8Pager<SpeechProfile, SpeechProfileList> ListAsync(CancellationToken cancellationToken = default);
}
