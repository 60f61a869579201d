using System.Text.Json;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Ccai;

namespace Evo8x8.Client.Tests.Ccai;

public sealed class CcaiSessionStatusTests
{
    [Fact]
    public void Read_UnknownStatusNumber_KeepsTheNumber()
    {
        SessionMetadata session = Parse("""{"id":1,"status":42}""");

        Assert.Equal(42, session.Status!.Value.Code);
        Assert.Null(session.Status.Value.Name);
        Assert.False(session.Status.Value.IsKnown);
        Assert.Equal("42", session.Status.Value.ToString());
        Assert.Contains("\"status\":42", Write(session), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownStatusName_KeepsTheText()
    {
        SessionMetadata session = Parse("""{"id":1,"status":"on_hold_forever"}""");

        Assert.Equal("on_hold_forever", session.Status!.Value.Name);
        Assert.Null(session.Status.Value.Code);
        Assert.Contains("\"status\":\"on_hold_forever\"", Write(session), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("81")]
    [InlineData("\"81\"")]
    [InlineData("\"voicemail_received\"")]
    [InlineData("\"VOICEMAIL_RECEIVED\"")]
    [InlineData("\"Voicemail Received\"")]
    public void Read_NumberNumericStringOrName_AllGiveTheSameStatus(string json)
    {
        SessionMetadata session = Parse($$"""{"id":1,"status":{{json}}}""");

        Assert.Equal(CcaiSessionStatus.VoicemailReceived, session.Status);
        Assert.True(session.Status!.Value.IsKnown);
    }

    [Fact]
    public void Known_SeedStatuses_HaveTheSeedNumbersAndUniqueNames()
    {
        Assert.Equal(
            [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 80, 81],
            CcaiSessionStatus.Known.Where(s => s.Code is not null).Select(s => s.Code!.Value));
        Assert.Equal([CcaiSessionStatus.NoResponse, CcaiSessionStatus.Canceled], CcaiSessionStatus.Known.Where(s => s.Code is null));
        Assert.Equal(CcaiSessionStatus.Known.Count, CcaiSessionStatus.Known.Select(s => s.Name).Distinct().Count());
        Assert.Equal("scheduled", CcaiSessionStatus.FromCode(0).Name);
        Assert.Equal(CcaiSessionStatus.PreviewPending, CcaiSessionStatus.FromName("preview_pending"));
    }

    [Theory]
    [InlineData("\"no_response\"", "no_response")]
    [InlineData("\"No Response\"", "no_response")]
    [InlineData("\"canceled\"", "canceled")]
    public void Read_ChatStatusWithoutNumber_IsKnownAndEqualAcrossForms(string json, string name)
    {
        CcaiSessionStatus status = Parse($$"""{"id":1,"status":{{json}}}""").Status!.Value;
        HashSet<CcaiSessionStatus> seen = [CcaiSessionStatus.FromName(name)];

        Assert.True(status.IsKnown);
        Assert.Null(status.Code);
        Assert.Equal(name, status.Name);
        Assert.Contains(status, seen);
    }

    [Fact]
    public void Equals_DisplaySnakeAndNumericForms_AreOneDictionaryKey()
    {
        Dictionary<CcaiSessionStatus, int> counts = [];
        foreach (string json in new[] { "8", "\"8\"", "\"finished\"", "\"Finished\"", "\"FINISHED\"" })
        {
            CcaiSessionStatus status = Parse($$"""{"id":1,"status":{{json}}}""").Status!.Value;
            counts[status] = counts.GetValueOrDefault(status) + 1;
        }

        Assert.Equal(5, Assert.Single(counts).Value);
        Assert.NotEqual(CcaiSessionStatus.FromName("on_hold_forever"), CcaiSessionStatus.FromCode(42));
        Assert.Equal(default, default(CcaiSessionStatus));
    }

    [Theory]
    [InlineData("not asked")]
    [InlineData("Not Asked")]
    [InlineData("not_asked")]
    [InlineData("recording_permission_not_asked")]
    public void RecordingPermission_EverySpellingOfNotAsked_EqualsNotAsked(string text)
    {
        CcaiRecordingPermission read = Parse($$"""{"id":1,"recording_permission":"{{text}}"}""").RecordingPermission!.Value;
        HashSet<CcaiRecordingPermission> seen = [CcaiRecordingPermission.NotAsked];

        Assert.Equal(CcaiRecordingPermission.NotAsked, read);
        Assert.NotEqual(CcaiRecordingPermission.Denied, read);
        Assert.Contains(read, seen);
        Assert.Equal(text, read.Value);
    }

    [Fact]
    public void Read_StatusOfWrongKind_IsAReadableError()
    {
        JsonException error = Assert.Throws<JsonException>(() => Parse("""{"id":1,"status":{"code":8}}"""));

        Assert.Contains("session status", error.Message, StringComparison.Ordinal);
    }

    private static SessionMetadata Parse(string json) => JsonSerializer.Deserialize(json, CcaiJsonContext.Default.SessionMetadata)!;

    private static string Write(SessionMetadata session) => JsonSerializer.Serialize(session, CcaiJsonContext.Default.SessionMetadata);
}
