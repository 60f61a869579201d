using Evo8x8.Client.Ccai;

namespace Evo8x8.Client.Tests.Ccai;

public sealed class ExternalStorageReaderTests
{
    private static readonly string Root = Path.Combine(Path.GetDirectoryName(SessionMetadataTests.FixturePath("chat.json"))!, "external-storage");

    [Fact]
    public async Task ReadFolderAsync_ExternalStorageLayout_FindsEverySessionWithItsFiles()
    {
        List<SkippedStorageFile> skipped = [];
        Dictionary<long, ExternalStorageSession> sessions = [];
        await foreach (ExternalStorageSession session in new ExternalStorageReader(skipped.Add).ReadFolderAsync(Root))
        {
            sessions.Add(session.Id, session);
        }

        Assert.Equal([12345L, 60001L, 60002L, 70001L], sessions.Keys.Order());

        ExternalStorageSession seed = sessions[12345];
        Assert.Equal(Relative("2023-09-11/12345/metadata.json"), seed.MetadataPath);
        Assert.Equal(CcaiSessionStatus.VoicemailReceived, seed.Metadata.Status);
        Assert.Null(seed.TranscriptPath);
        Assert.Equal([Relative("2023-09-11/12345/call-12345.wav")], seed.RecordingPaths);
        Assert.Empty(seed.MediaPaths);

        ExternalStorageSession chat = sessions[60001];
        Assert.Equal(Relative("chat/2024-06-03/metadata-60001.txt"), chat.MetadataPath);
        Assert.True(chat.Metadata.IsChat);
        Assert.Equal(Relative("chat/2024-06-03/chat-60001.txt"), chat.TranscriptPath);
        Assert.Empty(chat.RecordingPaths);
        Assert.Equal(
            [Relative("chat/2024-06-03/chat-60001-photo-4411.jpg"), Relative("chat/2024-06-03/chat-60001-video-4412.mp4")],
            chat.MediaPaths.Order(StringComparer.Ordinal));
        ChatTranscript transcript = await new ChatTranscriptReader().ReadFileAsync(chat.TranscriptPath!);
        Assert.Equal(chat.Id, transcript.CommId);

        ExternalStorageSession bot = sessions[60002];
        Assert.True(bot.Metadata.AgentInfo!.IsVirtualAgent);
        Assert.Null(bot.TranscriptPath);

        ExternalStorageSession call = sessions[70001];
        Assert.Null(call.Metadata.AgentInfo);
        Assert.Equal([Relative("voice/2024-07-01/call-70001.mp3")], call.RecordingPaths);
        Assert.Equal([Relative("voice/2024-07-01/call-70001-photo-5.jpg")], call.MediaPaths);

        Dictionary<string, string> reasons = skipped.ToDictionary(s => s.Path, s => s.Reason);
        Assert.Equal(
            [Relative("README.txt"), Relative("chat/2024-06-04/chat-99999.txt"), Relative("chat/2024-06-04/email-555.pdf"), Relative("voice/2024-07-01/metadata-80000.json")],
            reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("none of external storage's names", reasons[Relative("README.txt")], StringComparison.Ordinal);
        Assert.Contains("no metadata file in the folder gives chat 99999", reasons[Relative("chat/2024-06-04/chat-99999.txt")], StringComparison.Ordinal);
        Assert.Contains("email transcripts", reasons[Relative("chat/2024-06-04/email-555.pdf")], StringComparison.Ordinal);
        Assert.Contains("$.created_at", reasons[Relative("voice/2024-07-01/metadata-80000.json")], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFolderAsync_SameSessionTwice_KeepsTheFirstAndReportsTheSecond()
    {
        using TempFolder folder = new();
        folder.Write("a/metadata-7.json", TempFolder.Record(7));
        folder.Write("b/metadata-7.txt", TempFolder.Record(7));
        List<SkippedStorageFile> skipped = [];

        List<ExternalStorageSession> sessions = [];
        await foreach (ExternalStorageSession session in new ExternalStorageReader(skipped.Add).ReadFolderAsync(folder.Path))
        {
            sessions.Add(session);
        }

        Assert.Equal(7, Assert.Single(sessions).Id);
        Assert.Contains("already gave call 7", Assert.Single(skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFolderAsync_MissingFolder_SaysWhichFolder()
    {
        string missing = Path.Combine(Root, "no-such-folder");

        DirectoryNotFoundException error = await Assert.ThrowsAsync<DirectoryNotFoundException>(async () =>
        {
            await foreach (ExternalStorageSession unused in new ExternalStorageReader().ReadFolderAsync(missing))
            {
            }
        });

        Assert.Contains("no-such-folder", error.Message, StringComparison.Ordinal);
    }

    private static string Relative(string path) => Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));
}
