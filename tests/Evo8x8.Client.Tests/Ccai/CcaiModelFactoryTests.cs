using Evo8x8.Client.Ccai;
using NodaTime;

namespace Evo8x8.Client.Tests.Ccai;

public sealed class CcaiModelFactoryTests
{
    [Fact]
    public void SessionMetadata_CallsBuiltInATest_AreSummarizedAsReadOnes()
    {
        SessionMetadata first = CcaiModelFactory.SessionMetadata(
            id: 1,
            callType: CcaiSessionType.VoiceInbound,
            callDuration: Duration.FromSeconds(90),
            waitDuration: Duration.FromSeconds(10),
            agent: CcaiModelFactory.AgentInfo(id: 7, name: "Ada"),
            selectedMenu: CcaiModelFactory.Menu(id: 3, name: "Billing"),
            rating: 5);
        SessionMetadata second = CcaiModelFactory.SessionMetadata(id: 2, callType: CcaiSessionType.VoiceInbound, callDuration: Duration.FromSeconds(30), rating: 5);

        SessionMetadataSummary summary = SessionMetadataSummary.Create([first, second]);

        Assert.Equal(CcaiSessionType.VoiceInbound, first.Type);
        Assert.False(first.IsChat);
        Assert.Equal(Duration.FromSeconds(90), first.HandleTime);
        Assert.Equal("Ada", first.AgentInfo?.Name);
        Assert.Equal("Billing", first.SelectedMenu?.Name);
        Assert.Equal(Duration.FromSeconds(60), summary.AverageHandleTime);
        Assert.Equal(2, summary.CsatDistribution[5]);
    }

    [Fact]
    public void SessionMetadata_NothingGiven_LeavesEveryMemberUnset()
    {
        SessionMetadata metadata = CcaiModelFactory.SessionMetadata();

        Assert.Null(metadata.Type);
        Assert.Null(metadata.Status);
        Assert.Null(metadata.HandleTime);
        Assert.Null(metadata.AgentInfo);
    }
}
