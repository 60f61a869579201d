using Evo8x8.Client.Ccai;

namespace Evo8x8.Client.Tests.Ccai;

// Empty input, single objects, and the shapes a batch can arrive in.
public sealed partial class SessionMetadataReaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \r\n")]
    public async Task ReadNdjsonAsync_EmptyInput_YieldsNothing(string content)
        => Assert.Empty(await ToIdsAsync(new SessionMetadataReader().ReadNdjsonAsync(Utf8(content))));

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData("[]")]
    [InlineData(" [ \n ] ")]
    public async Task ReadArrayAsync_EmptyInput_YieldsNothing(string content)
        => Assert.Empty(await ToIdsAsync(new SessionMetadataReader().ReadArrayAsync(Utf8(content))));

    [Fact]
    public async Task ReadFolderAsync_EmptyFolder_YieldsNothing()
        => Assert.Empty(await ToIdsAsync(new SessionMetadataReader().ReadFolderAsync(_folder.Path)));

    [Fact]
    public async Task ReadAsync_EmptyStream_ThrowsSayingItIsEmpty()
    {
        SessionMetadataFormatException error = await Assert.ThrowsAsync<SessionMetadataFormatException>(
            () => new SessionMetadataReader().ReadAsync(Utf8("  ")));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.Null(error.FilePath);
    }

    [Fact]
    public async Task ReadFolderAsync_MissingFolder_ThrowsDirectoryNotFound()
        => await Assert.ThrowsAsync<DirectoryNotFoundException>(
            () => ToIdsAsync(new SessionMetadataReader().ReadFolderAsync(Path.Combine(_folder.Path, "missing"))));

    [Fact]
    public async Task ReadAsync_ObjectWithByteOrderMark_ReadsIt()
    {
        SessionMetadata record = await new SessionMetadataReader().ReadAsync(Utf8("\uFEFF" + TempFolder.Record(7)));

        Assert.Equal(7, record.Id);
        Assert.Equal(CcaiSessionStatus.Finished, record.Status);
    }

    [Fact]
    public async Task ReadNdjsonAsync_LastLineWithoutNewline_IsRead()
    {
        string content = TempFolder.Record(1) + "\n" + TempFolder.Record(2);

        Assert.Equal([1, 2], await ToIdsAsync(new SessionMetadataReader().ReadNdjsonAsync(new TrickleStream(System.Text.Encoding.UTF8.GetBytes(content), 13))));
    }

    [Fact]
    public async Task ReadArrayFileAsync_ArrayFile_NamesTheFileInErrors()
    {
        string path = _folder.Write("sessions.json", $"[{TempFolder.Record(1)}, {TempFolder.BadTimestampRecord(2)}]");

        SessionMetadataFormatException error = await Assert.ThrowsAsync<SessionMetadataFormatException>(
            () => ToIdsAsync(new SessionMetadataReader().ReadArrayFileAsync(path)));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(1, error.RecordIndex);
    }

    [Fact]
    public async Task ReadNdjsonAsync_Cancelled_StopsBetweenRecords()
    {
        using CancellationTokenSource cancel = new();
        string content = string.Join('\n', Enumerable.Range(1, 10).Select(i => TempFolder.Record(i)));
        List<long> seen = [];

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (SessionMetadata record in new SessionMetadataReader().ReadNdjsonAsync(Utf8(content), cancel.Token))
            {
                seen.Add(record.Id);
                if (record.Id == 3)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal([1, 2, 3], seen);
    }
}
