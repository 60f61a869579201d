using System.Text.Json;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Evo.Json;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Voice.Json;
using Evo8x8.Client.Voice.SpeechProfiles;

namespace Evo8x8.Client.Tests.Core.Json;

// A JSON null element ([null]) in a list the model declares non-nullable is left out, never handed to a user's loop.
public sealed class WireListTests
{
    [Fact]
    public void SessionPage_NullItemAndNullMembersAndLog_LeavesThemOut()
    {
        SessionPage page = JsonSerializer.Deserialize("""{"items":[null,{"id":"s-1","members":[null],"log":[null],"customerBreadcrumb":[null]}]}""", EvoJsonContext.Default.SessionPage)!;

        SessionInfo session = Assert.Single(page.Items);
        Assert.Empty(session.Members);
        Assert.Empty(session.Log);
        Assert.Empty(session.CustomerBreadcrumb);
    }

    [Fact]
    public void SpeechProfileList_NullProfile_LeavesItOut()
    {
        SpeechProfileList list = JsonSerializer.Deserialize("""{"speechProfiles":[null,{"speechProfileCode":"en-IE-EmilyNeural"}]}""", VoiceJsonContext.Default.SpeechProfileList)!;

        Assert.Equal("en-IE-EmilyNeural", Assert.Single(list.SpeechProfiles).SpeechProfileCode);
    }

    [Fact]
    public void WithoutNulls_NoNullElement_ReturnsTheSameList()
    {
        IReadOnlyList<string> list = ["a", "b"];

        Assert.Same(list, WireList.WithoutNulls(list));
    }
}
