using Evo8x8.Client.Voice.SpeechProfiles;

namespace Evo8x8.Client.ContractTests.Voice.SpeechProfiles;

/// <summary><c>GET /speech-profiles</c> against WireMock.Net with the OpenAPI file's example.</summary>
public sealed class SpeechProfilesApiContractTests : IDisposable
{
    private readonly VoiceContract _voice = new();

    [Fact]
    public async Task ListAsync_OpenApiExample_SendsGetAndReadsEveryProfile()
    {
        _voice.Stub("GET", "/speech-profiles", 200, "get-voice-profile-information.200.json");

        SpeechProfileList list = await _voice.Client.SpeechProfiles.ListAsync().GetPageAsync();

        _voice.AssertSingleRequest("GET", "/speech-profiles");
        Assert.Collection(
            list.SpeechProfiles,
            first =>
            {
                Assert.Equal("en-US-Standard-A", first.SpeechProfileCode);
                Assert.Equal("en-US", first.LocaleCode);
                Assert.Equal("EnglishUS", first.LocaleDescription);
                Assert.Equal(SpeechProfileGender.Female, first.Gender);
            },
            second =>
            {
                Assert.Equal("da-DK-Naja", second.SpeechProfileCode);
                Assert.Equal("da-DK", second.LocaleCode);
                Assert.Equal("Danish", second.LocaleDescription);
                Assert.Equal(SpeechProfileGender.Female, second.Gender);
            });
    }

    public void Dispose() => _voice.Dispose();
}
