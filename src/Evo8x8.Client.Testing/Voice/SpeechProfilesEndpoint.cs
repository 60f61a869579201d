using Evo8x8.Client.Testing.Core;

namespace Evo8x8.Client.Testing.Voice;

/// <summary><c>GET /speech-profiles</c>: the voices the emulator knows, shaped as 8x8's OpenAPI example.</summary>
internal sealed class SpeechProfilesEndpoint(VoiceGate gate, IReadOnlyList<EmulatedSpeechProfile> profiles)
{
    public async Task ListAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false))
        {
            return;
        }

        await JsonAnswer.WriteOkListAsync(request.Context, "speechProfiles", profiles, (writer, profile) =>
        {
            writer.WriteString("speechProfileCode", profile.SpeechProfileCode);
            writer.WriteString("localeCode", profile.LocaleCode);
            writer.WriteString("localeDescription", profile.LocaleDescription);
            writer.WriteString("gender", profile.Gender);
        }).ConfigureAwait(false);
    }
}
