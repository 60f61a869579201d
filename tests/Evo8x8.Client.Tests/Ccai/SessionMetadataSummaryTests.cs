using Evo8x8.Client.Ccai;
using NodaTime;

namespace Evo8x8.Client.Tests.Ccai;

public sealed class SessionMetadataSummaryTests
{
    [Fact]
    public async Task CreateAsync_FixtureFolder_CountsAveragesAndCsat()
    {
        string folder = Path.GetDirectoryName(SessionMetadataTests.FixturePath("chat.json"))!;

        // Only the record fixtures at the top; the folders below hold transcripts and an external-storage layout.
        SessionMetadataReader reader = new();
        SessionMetadata[] records = await Task.WhenAll(Directory.EnumerateFiles(folder, "*.json").Select(path => reader.ReadFileAsync(path)));
        SessionMetadataSummary summary = SessionMetadataSummary.Create(records);

        Assert.Equal(12, summary.Count);
        Assert.Equal(4, summary.CountByStatus[CcaiSessionStatus.Finished]);
        Assert.Equal(2, summary.CountByStatus[CcaiSessionStatus.VoicemailReceived]);
        Assert.Equal(1, summary.CountByStatus[CcaiSessionStatus.NoResponse]);
        Assert.Equal(7, summary.CountByStatus.Count);
        Assert.Equal(3, summary.CountByType[CcaiSessionType.VoiceInboundIvr]);
        Assert.Equal(2, summary.CountByType[CcaiSessionType.MessagingWeb]);
        Assert.Equal(12, summary.CountByType.Values.Sum());

        // Handle time, call or chat: 245, 192.5, 360, 840, 120, 660, 100, 0, 245 seconds; wait: 47, 40, 90, 60, 90, 0, 0 seconds.
        Assert.Equal(Duration.FromMilliseconds(2_762_500) / 9, summary.AverageHandleTime);
        Assert.Equal(Duration.FromSeconds(327) / 7, summary.AverageWaitTime);
        Assert.Equal(new Dictionary<int, long> { [4] = 3, [3] = 1 }, summary.CsatDistribution);
        Assert.Equal(3.75, summary.AverageRating);
    }

    [Fact]
    public void Create_NoRecords_HasNoAverages()
    {
        SessionMetadataSummary summary = SessionMetadataSummary.Create([]);

        Assert.Equal(0, summary.Count);
        Assert.Null(summary.AverageHandleTime);
        Assert.Null(summary.AverageWaitTime);
        Assert.Null(summary.AverageRating);
        Assert.Empty(summary.CsatDistribution);
    }

    [Fact]
    public void Create_UnratedAndZeroRated_AreLeftOutOfCsat()
    {
        SessionMetadataSummary summary = SessionMetadataSummary.Create(
        [
            new SessionMetadata { Id = 1, Rating = 0 },
            new SessionMetadata { Id = 2 },
            new SessionMetadata { Id = 3, Rating = 1 },
        ]);

        Assert.Equal(3, summary.Count);
        Assert.Equal(new Dictionary<int, long> { [1] = 1 }, summary.CsatDistribution);
        Assert.Equal(1.0, summary.AverageRating);
    }
}
