using Evo8x8.Client.Ccai;
using NodaTime;

namespace Evo8x8.Client.Tests.Ccai;

// Values at and past NodaTime's range, and null list elements: each broken record is one typed, skippable error.
public sealed partial class SessionMetadataReaderTests
{
    [Theory]
    [InlineData("""{"id":2,"hold_duration":-9223372036854775808}""", "$.hold_duration")]
    [InlineData("""{"id":2,"call_duration":1449551462399.999}""", "$.call_duration")]
    [InlineData("""{"id":2,"call_duration":-1449551462400}""", "$.call_duration")]
    [InlineData("""{"id":2,"call_duration":"1e300"}""", "$.call_duration")]
    [InlineData("""{"id":2,"created_at":"2024-01-02T03:04:05.000+21:00"}""", "$.created_at")]
    [InlineData("""{"id":2,"created_at":"2024-01-02T03:04:05+19:00"}""", "$.created_at")]
    public async Task ReadNdjsonAsync_ValueOutsideNodaTimesRangeWithSkip_SkipsOnlyThatRecord(string broken, string path)
    {
        List<SessionMetadataFormatException> reported = [];
        var reader = new SessionMetadataReader(new SessionMetadataReaderOptions { BrokenRecords = BrokenRecordHandling.Skip, OnBrokenRecord = reported.Add });

        List<long> ids = await ToIdsAsync(reader.ReadNdjsonAsync(Utf8(string.Join('\n', TempFolder.Record(1), broken, TempFolder.Record(3)))));

        Assert.Equal([1, 3], ids);
        SessionMetadataFormatException error = Assert.Single(reported);
        Assert.Equal(path, error.JsonPath);
        Assert.Contains("record 2 (line 2, byte offset", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-05-08T08:00:00.000+20:00-")]
    [InlineData("2025-05-08T08:00:00.000+2000-")]
    [InlineData("2025-05-08T08:00:00.000+20+")]
    [InlineData("2025-05-08T08:00:00.000-20:00+")]
    public async Task ReadAsync_OutOfRangeOffsetFollowedByAStraySign_TypedErrorNamingCreatedAt(string createdAt)
    {
        string record = $$"""{"id":1,"created_at":"{{createdAt}}"}""";

        SessionMetadataFormatException single = await Assert.ThrowsAsync<SessionMetadataFormatException>(() => new SessionMetadataReader().ReadAsync(Utf8(record)));
        SessionMetadataFormatException inArray = await Assert.ThrowsAsync<SessionMetadataFormatException>(() => ToIdsAsync(new SessionMetadataReader().ReadArrayAsync(Utf8($"[{record}]"))));

        Assert.Equal("$.created_at", single.JsonPath);
        Assert.Equal("$.created_at", inArray.JsonPath);
    }

    [Fact]
    public async Task ReadAsync_OffsetDateTimeAtTheEdgeOfTime_KeepsItsOffset()
    {
        SessionMetadata record = await new SessionMetadataReader().ReadAsync(Utf8("""{"id":1,"created_at":"9999-12-31T23:59:59.000-14:00","ends_at":"0001-01-01T00:00:00.000+14:00"}"""));

        Assert.Equal(Offset.FromHours(-14), record.CreatedAt!.Value.Offset);
        Assert.Equal(Offset.FromHours(14), record.EndsAt!.Value.Offset);
    }

    [Fact]
    public async Task ReadArrayAsync_NullListElements_LeavesThemOut()
    {
        SessionMetadata record = Assert.Single(await ToListAsync(new SessionMetadataReader().ReadArrayAsync(
            Utf8("""[{"id":1,"participants":[null],"transfers":[null,null],"photos":[null],"videos":[null]}]"""))));

        Assert.Empty(record.Participants!);
        Assert.Empty(record.Transfers!);
        Assert.Empty(record.Photos!);
        Assert.Empty(record.Videos!);
    }

    [Fact]
    public async Task ReadArrayAsync_BrokenThirdElement_NamesRecordThreeOnce()
    {
        SessionMetadataFormatException error = await Assert.ThrowsAsync<SessionMetadataFormatException>(
            () => ToIdsAsync(new SessionMetadataReader().ReadArrayAsync(Utf8($"[{TempFolder.Record(1)},{TempFolder.Record(2)},{{\"id\":\"x\"}}]"))));

        Assert.Equal(2, error.RecordIndex);
        Assert.StartsWith("Session metadata record 3 (byte offset", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("at $.id) cannot be read: expected a number or a numeric string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_DurationsAddingUpPastNodaTimesRange_AveragesThem()
    {
        string huge = """{"id":1,"call_duration":1000000000000,"wait_duration":1000000000000}""";

        SessionMetadataSummary summary = await SessionMetadataSummary.CreateAsync(
            new SessionMetadataReader().ReadNdjsonAsync(Utf8(string.Join('\n', huge, huge, huge))));

        Assert.Equal(Duration.FromSeconds(1_000_000_000_000), summary.AverageHandleTime);
        Assert.Equal(Duration.FromSeconds(1_000_000_000_000), summary.AverageWaitTime);
    }

    private static async Task<List<SessionMetadata>> ToListAsync(IAsyncEnumerable<SessionMetadata> records)
    {
        List<SessionMetadata> list = [];
        await foreach (SessionMetadata record in records)
        {
            list.Add(record);
        }

        return list;
    }
}
