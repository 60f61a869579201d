using System.Text;
using Evo8x8.Client.Ccai;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Tests.Ccai;

public sealed partial class SessionMetadataReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReadNdjsonFileAsync_BrokenRecordInTheMiddleWithThrow_ThrowsWithFileLineAndOffsetAfterEarlierRecords()
    {
        string[] lines = [TempFolder.Record(1), TempFolder.Record(2), TempFolder.BadTimestampRecord(3), TempFolder.Record(4)];
        string path = _folder.Write("batch.ndjson", string.Join('\n', lines) + "\n");
        List<long> seen = [];

        SessionMetadataFormatException error = await Assert.ThrowsAsync<SessionMetadataFormatException>(async () =>
        {
            await foreach (SessionMetadata record in new SessionMetadataReader().ReadNdjsonFileAsync(path))
            {
                seen.Add(record.Id);
            }
        });

        Assert.Equal([1, 2], seen);
        Assert.Equal(path, error.FilePath);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal(2, error.RecordIndex);
        Assert.Equal(Encoding.UTF8.GetByteCount(lines[0] + "\n" + lines[1] + "\n"), error.ByteOffset);
        Assert.Equal("$.created_at", error.JsonPath);
        Assert.Contains("'yesterday'", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("batch.ndjson", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<Evo8x8ApiException>(error);
    }

    [Fact]
    public async Task ReadNdjsonFileAsync_BrokenRecordsInTheMiddleWithSkip_ReportsThemAndReadsTheRest()
    {
        string content = string.Join(
            "\r\n",
            TempFolder.Record(1),
            "",
            TempFolder.BadTimestampRecord(2),
            """{"id": 3, "status": "finished", """,
            TempFolder.Record(4),
            "null",
            TempFolder.Record(5));
        string path = _folder.Write("batch.ndjson", content);
        List<SessionMetadataFormatException> reported = [];
        SessionMetadataReader reader = new(new SessionMetadataReaderOptions { BrokenRecords = BrokenRecordHandling.Skip, OnBrokenRecord = reported.Add });

        List<long> ids = await ToIdsAsync(reader.ReadNdjsonFileAsync(path));

        Assert.Equal([1, 4, 5], ids);
        Assert.Equal([3L, 4L, 6L], reported.Select(e => e.LineNumber!.Value));
        Assert.Equal([1L, 2L, 4L], reported.Select(e => e.RecordIndex));
        Assert.All(reported, e => Assert.Equal(path, e.FilePath));
    }

    [Fact]
    public async Task ReadFolderAsync_BrokenFileInTheMiddleWithSkip_ReportsItAndReadsEveryOtherFileRecursively()
    {
        _folder.Write("2024/01/a/metadata.json", TempFolder.Record(1));
        string broken = _folder.Write("2024/01/b/metadata.json", TempFolder.BadTimestampRecord(2));
        _folder.Write("2024/02/c/metadata.json", "\uFEFF" + TempFolder.Record(3));
        _folder.Write("2024/02/batch.json", $"[{TempFolder.Record(4)},\n {TempFolder.Record(5)}]");
        _folder.Write("2024/02/empty.json", "");
        _folder.Write("2024/02/readme.txt", "not metadata");
        List<SessionMetadataFormatException> reported = [];
        SessionMetadataReader reader = new(new SessionMetadataReaderOptions { BrokenRecords = BrokenRecordHandling.Skip, OnBrokenRecord = reported.Add });

        List<long> ids = await ToIdsAsync(reader.ReadFolderAsync(_folder.Path));

        Assert.Equal([1, 3, 4, 5], ids.Order());
        Assert.Equal(2, reported.Count);
        Assert.Contains(reported, e => e.FilePath == broken && e.JsonPath == "$.created_at");
        Assert.Contains(reported, e => e.FilePath!.EndsWith("empty.json", StringComparison.Ordinal) && e.Message.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadFolderAsync_BrokenFileWithThrow_ThrowsNamingTheFile()
    {
        _folder.Write("a/metadata.json", TempFolder.Record(1));
        string broken = _folder.Write("b/metadata.json", TempFolder.BadTimestampRecord(2));
        _folder.Write("c/metadata.json", TempFolder.Record(3));

        SessionMetadataFormatException error = await Assert.ThrowsAsync<SessionMetadataFormatException>(
            () => ToIdsAsync(new SessionMetadataReader().ReadFolderAsync(_folder.Path)));

        Assert.Equal(broken, error.FilePath);
        Assert.Equal(0, error.RecordIndex);
        Assert.Contains(broken, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadArrayAsync_BrokenElementWithSkip_ReportsItsIndexAndOffsetAndReadsTheRest()
    {
        string prefix = $"[ {TempFolder.Record(1)},\n  ";
        string json = prefix + $"{TempFolder.BadTimestampRecord(2)}, 17, {TempFolder.Record(4)} ]";
        List<SessionMetadataFormatException> reported = [];
        SessionMetadataReader reader = new(new SessionMetadataReaderOptions { BrokenRecords = BrokenRecordHandling.Skip, OnBrokenRecord = reported.Add });

        List<long> ids = await ToIdsAsync(reader.ReadArrayAsync(Utf8(json)));

        Assert.Equal([1, 4], ids);
        Assert.Equal([1L, 2L], reported.Select(e => e.RecordIndex));
        Assert.Equal(Encoding.UTF8.GetByteCount(prefix), reported[0].ByteOffset);
        Assert.Null(reported[0].FilePath);
    }

    [Fact]
    public async Task ReadArrayAsync_SyntaxErrorWithSkip_StillThrowsBecauseLaterRecordsCannotBeFound()
    {
        string json = $"[{TempFolder.Record(1)}, {{\"id\": 2,, }}, {TempFolder.Record(3)}]";
        SessionMetadataReader reader = new(new SessionMetadataReaderOptions { BrokenRecords = BrokenRecordHandling.Skip });
        List<long> seen = [];

        SessionMetadataFormatException error = await Assert.ThrowsAsync<SessionMetadataFormatException>(async () =>
        {
            await foreach (SessionMetadata record in reader.ReadArrayAsync(Utf8(json)))
            {
                seen.Add(record.Id);
            }
        });

        Assert.Equal([1], seen);
        Assert.Equal(1, error.RecordIndex);
        Assert.Contains("cannot be found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadArrayAsync_RecordsLargerThanTheInitialBuffer_AreReadWhole()
    {
        string padding = new('x', 100_000);
        string big = TempFolder.Record(2).Replace("\"note\":\"session 2\"", $"\"note\":\"{padding}\"", StringComparison.Ordinal);
        string json = "[" + string.Join(",", Enumerable.Range(0, 30).Select(i => i == 7 ? big : TempFolder.Record(100 + i))) + "]";

        List<SessionMetadata> records = [];
        await foreach (SessionMetadata record in new SessionMetadataReader().ReadArrayAsync(new TrickleStream(Encoding.UTF8.GetBytes(json))))
        {
            records.Add(record);
        }

        Assert.Equal(30, records.Count);
        Assert.Equal(padding, records[7].ExtensionData!["note"].GetString());
        Assert.Equal(129, records[^1].Id);
    }

    [Fact]
    public async Task ReadNdjsonAsync_RecordLargerThanMaxRecordBytes_ThrowsNamingTheLimit()
    {
        string huge = TempFolder.Record(1).Replace("session 1", new string('y', 5_000), StringComparison.Ordinal);
        SessionMetadataReader reader = new(new SessionMetadataReaderOptions { MaxRecordBytes = 2_048, BrokenRecords = BrokenRecordHandling.Skip });

        SessionMetadataFormatException error = await Assert.ThrowsAsync<SessionMetadataFormatException>(
            () => ToIdsAsync(reader.ReadNdjsonAsync(Utf8(huge + "\n" + TempFolder.Record(2)))));

        Assert.Contains("MaxRecordBytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.LineNumber);
    }

    internal static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    internal static async Task<List<long>> ToIdsAsync(IAsyncEnumerable<SessionMetadata> records)
    {
        List<long> ids = [];
        await foreach (SessionMetadata record in records)
        {
            ids.Add(record.Id);
        }

        return ids;
    }
}
