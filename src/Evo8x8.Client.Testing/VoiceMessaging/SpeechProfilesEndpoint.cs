using Evo8x8.Client.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.VoiceMessaging;

/// <summary><c>GET /speech-profiles</c>: the voices the emulator knows, shaped as 8x8's OpenAPI example.</summary>
internal sealed class SpeechProfilesEndpoint(VoiceGate gate, IReadOnlyList<EmulatedSpeechProfile> profiles)
{
    public async Task ListAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false))
        {
            return;
        }

        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("speechProfiles");
            foreach (EmulatedSpeechProfile profile in profiles)
            {
                writer.WriteStartObject();
                writer.WriteString("speechProfileCode", profile.SpeechProfileCode);
                writer.WriteString("localeCode", profile.LocaleCode);
                writer.WriteString("localeDescription", profile.LocaleDescription);
                writer.WriteString("gender", profile.Gender);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("statusCode", 0);
            writer.WriteString("statusMessage", "ok");
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }
}
