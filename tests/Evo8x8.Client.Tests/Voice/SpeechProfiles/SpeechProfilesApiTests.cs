using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.SpeechProfiles;

namespace Evo8x8.Client.Tests.Voice.SpeechProfiles;

public sealed class SpeechProfilesApiTests
{
    private const string Folder = "Voice/SpeechProfiles/Fixtures/";

    [Fact]
    public async Task ListAsync_OpenApiExample_SendsGetAndReadsEveryField()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "speech-profiles-list.json"));

        SpeechProfileList list = await voice.Client.SpeechProfiles.ListAsync().GetPageAsync();

        voice.AssertSingleRequest("GET", "/speech-profiles");
        Assert.Equal(2, list.SpeechProfiles.Count);
        SpeechProfile first = list.SpeechProfiles[0];
        Assert.Equal("en-US-Standard-A", first.SpeechProfileCode);
        Assert.Equal("en-US", first.LocaleCode);
        Assert.Equal("EnglishUS", first.LocaleDescription);
        Assert.Equal(SpeechProfileGender.Female, first.Gender);
        Assert.Equal("da-DK-Naja", list.SpeechProfiles[1].SpeechProfileCode);
        Assert.Equal(0, list.StatusCode);
        Assert.Equal("ok", list.StatusMessage);
    }

    [Fact]
    public async Task ListAsync_UnauthorizedWithoutBody_ThrowsWithTheRouteAndAnApiKeyHint()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Text(401, string.Empty, "text/plain"));

        Evo8x8ApiException error = await Assert.ThrowsAsync<Evo8x8ApiException>(() => voice.Client.SpeechProfiles.ListAsync().GetPageAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatus);
        Assert.Contains("GET api/v1/subaccounts/{subAccountId}/speech-profiles", error.Message, StringComparison.Ordinal);
        Assert.Contains("ApiKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(LoopbackVoiceClient.ApiKey, error.Message, StringComparison.Ordinal);
    }
}
