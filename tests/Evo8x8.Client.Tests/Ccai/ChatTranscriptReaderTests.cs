using System.Text.Json;
using System.Text;
using Evo8x8.Client.Ccai;
using NodaTime;

namespace Evo8x8.Client.Tests.Ccai;

public sealed class ChatTranscriptReaderTests
{
    private static readonly string FixtureFile = Path.Combine(Path.GetDirectoryName(SessionMetadataTests.FixturePath("chat.json"))!, "transcripts", "chat-60001.txt");

    [Fact]
    public async Task ReadFileAsync_Fixture_ReadsRootAndEveryEntry()
    {
        ChatTranscript transcript = await new ChatTranscriptReader().ReadFileAsync(FixtureFile);

        Assert.Equal("chat", transcript.CommType);
        Assert.Equal(60001, transcript.CommId);
        Assert.Equal("1.0", transcript.TranscriptVersion);
        Assert.Equal(new LocalDateTime(2024, 6, 3, 14, 1, 30).WithOffset(Offset.FromHours(-7)), transcript.AssignedAt);
        Assert.Equal("America/Los_Angeles", transcript.Timezone);
        Assert.Equal("web", transcript.ExtensionData!["channel"].GetString());
        AssertEntries(transcript.Entries);
    }

    [Fact]
    public async Task ReadEntriesAsync_FixtureTrickledInSmallReads_GivesTheSameEntries()
    {
        byte[] bytes = await File.ReadAllBytesAsync(FixtureFile);

        List<ChatTranscriptEntry> entries = [];
        await foreach (ChatTranscriptEntry entry in new ChatTranscriptReader().ReadEntriesAsync(new TrickleStream(bytes, 7)))
        {
            entries.Add(entry);
        }

        AssertEntries(entries);
    }

    [Fact]
    public async Task ReadEntriesAsync_EntriesBeforeOtherRootFields_SkipsTheRootFields()
    {
        const string Json = """{"entries":[{"timestamp":1,"type":"text","role":"agent","body":{"type":"text","content":"a"}}],"comm_id":5,"extra":{"deep":[1,{"x":[]}]}}""";

        List<ChatTranscriptEntry> entries = [];
        await foreach (ChatTranscriptEntry entry in new ChatTranscriptReader().ReadEntriesAsync(new MemoryStream(Encoding.UTF8.GetBytes(Json))))
        {
            entries.Add(entry);
        }

        ChatTranscriptEntry only = Assert.Single(entries);
        Assert.Equal(Instant.FromUnixTimeSeconds(1), only.Timestamp);
        Assert.Equal("a", only.Body!.Content);
    }

    [Fact]
    public async Task ReadEntriesAsync_ManyEntries_StreamsThemAllInOrder()
    {
        StringBuilder json = new("""{"comm_type":"chat","comm_id":1,"entries":[""");
        for (int i = 0; i < 20_000; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{\"timestamp\":").Append(1_700_000_000 + i).Append(",\"type\":\"text\",\"role\":\"end_user\",\"user_data\":{},\"body\":{\"type\":\"text\",\"content\":\"message ").Append(i).Append("\"}}");
        }

        json.Append("]}");
        long expected = 1_700_000_000;
        int count = 0;
        await foreach (ChatTranscriptEntry entry in new ChatTranscriptReader().ReadEntriesAsync(new TrickleStream(Encoding.UTF8.GetBytes(json.ToString()), 4096)))
        {
            Assert.Equal(Instant.FromUnixTimeSeconds(expected++), entry.Timestamp);
            count++;
        }

        Assert.Equal(20_000, count);
    }

    [Fact]
    public async Task ReadEntriesAsync_BadTimestamp_NamesTheEntryPath()
    {
        const string Json = """{"comm_id":5,"entries":[{"timestamp":1,"type":"text"},{"timestamp":{"s":2},"type":"text"}]}""";

        ChatTranscriptFormatException error = await Assert.ThrowsAsync<ChatTranscriptFormatException>(async () =>
        {
            await foreach (ChatTranscriptEntry unused in new ChatTranscriptReader().ReadEntriesAsync(new MemoryStream(Encoding.UTF8.GetBytes(Json))))
            {
            }
        });

        Assert.Equal("$.entries[1].timestamp", error.JsonPath);
        Assert.Contains("$.entries[1].timestamp", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Instant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadEntriesAsync_TruncatedTranscript_SaysItEndsEarly()
    {
        const string Json = """{"comm_id":5,"entries":[{"timestamp":1,"type":"text"},""";

        ChatTranscriptFormatException error = await Assert.ThrowsAsync<ChatTranscriptFormatException>(async () =>
        {
            await foreach (ChatTranscriptEntry unused in new ChatTranscriptReader().ReadEntriesAsync(new MemoryStream(Encoding.UTF8.GetBytes(Json))))
            {
            }
        });

        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }

    private static void AssertEntries(IReadOnlyList<ChatTranscriptEntry> entries)
    {
        Assert.Equal(7, entries.Count);
        Assert.Equal(Instant.FromUnixTimeSeconds(1717448405), entries[0].Timestamp);
        Assert.Equal("text", entries[0].Type);
        Assert.Equal(ChatTranscriptRole.EndUser, entries[0].Role);
        Assert.Empty(entries[0].UserData!);
        Assert.Null(entries[0].SenderName);
        Assert.Equal("text", entries[0].Body!.Type);
        Assert.Equal("Where is my order?", entries[0].Body!.Content);
        Assert.Equal("es", entries[0].Body!.Lang);

        Assert.Equal(ChatTranscriptRole.VirtualAgent, entries[1].Role);
        Assert.Equal("Order bot", entries[1].SenderName);
        Assert.Equal("markdown", entries[1].Body!.Type);
        Assert.Equal("Let me find an **agent** for you.", entries[1].Body!.Content);

        Assert.Equal(ChatTranscriptRole.System, entries[2].Role);
        Assert.Equal("noti", entries[2].Type);
        Assert.Equal("agent_joined", entries[2].Body!.ExtensionData!["event"].GetString());

        Assert.Equal(ChatTranscriptRole.Agent, entries[3].Role);
        Assert.Equal("Lucia M", entries[3].SenderName);
        Assert.Equal(301, entries[3].UserData!["id"].GetInt32());
        Assert.Equal("Hola {{end_user.name}}, soy Lucia.", entries[3].Body!.Content);

        Assert.Equal("photo", entries[4].Type);
        Assert.Equal(4411, entries[4].Body!.MediaId);

        Assert.Equal("video", entries[5].Type);
        Assert.Equal("Tracking how-to", entries[5].Body!.Title);
        Assert.Equal("https://example.com/videos/track.mp4", entries[5].Body!.ExtensionData!["video"].GetProperty("url").GetString());

        Assert.Equal("supervisor_bot", entries[6].Role!.Value.Value);
        Assert.Equal(JsonValueKind.String, entries[6].ExtensionData!["sentiment"].ValueKind);
        Assert.Equal(Instant.FromUnixTimeSeconds(1717449130), entries[6].Timestamp);
    }
}
