using System.Text.Json;
using Evo8x8.Client.Serialization;
using Evo8x8.Client.Sessions;
using Evo8x8.Client.VoiceMessaging.SpeechProfiles;

namespace Evo8x8.Client.Tests.Serialization;

// A JSON null element ([null]) in a list the model declares non-nullable is left out, never handed to a user's loop.
public sealed class WireListTests
{
    [Fact]
    public void SessionPage_NullItemAndNullMembersAndLog_LeavesThemOut()
    {
        SessionPage page = JsonSerializer.Deserialize("""{"items":[null,{"id":"s-1","members":[null],"log":[null],"customerBreadcrumb":[null]}]}""", Evo8x8JsonContext.Default.SessionPage)!;

        SessionInfo session = Assert.Single(page.Items);
        Assert.Empty(session.Members);
        Assert.Empty(session.Log);
        Assert.Empty(session.CustomerBreadcrumb);
    }

    [Fact]
    public void SpeechProfileList_NullProfile_LeavesItOut()
    {
        SpeechProfileList list = JsonSerializer.Deserialize("""{"speechProfiles":[null,{"speechProfileCode":"en-IE-EmilyNeural"}]}""", Evo8x8JsonContext.Default.SpeechProfileList)!;

        Assert.Equal("en-IE-EmilyNeural", Assert.Single(list.SpeechProfiles).SpeechProfileCode);
    }

    [Fact]
    public void WithoutNulls_NoNullElement_ReturnsTheSameList()
    {
        IReadOnlyList<string> list = ["a", "b"];

        Assert.Same(list, WireList.WithoutNulls(list));
    }
}
