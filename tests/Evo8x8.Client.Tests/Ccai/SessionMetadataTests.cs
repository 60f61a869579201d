using System.Text.Json;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Ccai;
using NodaTime;

namespace Evo8x8.Client.Tests.Ccai;

public sealed partial class SessionMetadataTests
{
    // Keys a fixture carries on purpose that the model does not name; anything else in ExtensionData is a mapping bug.
    private static readonly Dictionary<string, string[]> DeliberatelyUnmapped = new()
    {
        ["campaign.json"] = ["campaign"],
        ["chat.json"] = ["text_inputs"],
    };

    public static TheoryData<string> AllFixtures =>
    [
        "voice-inbound.json", "voice-outbound.json", "campaign.json", "chat.json",
        "virtual-agent.json", "failed.json", "deflected.json", "voicemail.json",
        "chat-human-agent.json", "chat-virtual-agent.json", "call-without-agent.json", "seed-004-values.json",
    ];

    [Fact]
    public async Task ReadFileAsync_VoiceInbound_ReadsEveryField()
    {
        SessionMetadata session = await LoadAsync("voice-inbound.json");

        Assert.Equal(12345, session.Id);
        Assert.Equal(12300, session.ParentId);
        Assert.Equal("en", session.Lang);
        Assert.Equal(CcaiSessionType.VoiceInbound, session.CallType);
        Assert.Equal(CcaiSessionType.VoiceInbound, session.SessionType);
        Assert.Equal(CcaiSessionType.VoiceInboundIvr, session.SessionTypeV2);
        Assert.Equal(CcaiSessionType.VoiceInboundIvr, session.Type);
        Assert.Equal(CcaiSessionStatus.Finished, session.Status);
        Assert.Equal("connected_with_agent", session.SubStatus);
        Assert.Equal(At(2023, 9, 11, 9, 42, 1, 3), session.CreatedAt);
        Assert.Equal(At(2023, 9, 11, 9, 42, 15, 3), session.QueuedAt);
        Assert.Equal(At(2023, 9, 11, 9, 43, 2, 3), session.AssignedAt);
        Assert.Equal(At(2023, 9, 11, 9, 43, 5, 3), session.ConnectedAt);
        Assert.Equal(At(2023, 9, 11, 9, 47, 10, 3), session.EndsAt);
        Assert.Null(session.ScheduledAt);
        Assert.Equal(At(2023, 9, 11, 10, 2, 10, 3), session.UpdatedAt);
        Assert.Equal(Offset.FromHours(3), session.CreatedAt!.Value.Offset);
        Assert.Equal(Duration.FromSeconds(47), session.WaitDuration);
        Assert.Equal(Duration.FromSeconds(47), session.QueueDuration);
        Assert.Equal(Duration.FromSeconds(245), session.CallDuration);
        Assert.Equal(Duration.FromSeconds(23), session.HoldDuration);
        Assert.Equal("human_agent", session.AnswerType);
        Assert.Equal("12345", session.OutTicketId);
        Assert.Equal("https://example.com/", session.OutTicketUrl);
        Assert.Equal(CcaiRecordingPermission.Granted, session.RecordingPermission);
        Assert.Equal("www.example.examplecrm.com/23453732", session.RecordingUrl);
        Assert.Equal("+12223334444", session.SupportNumber);
        Assert.Null(session.OutboundNumber);
        Assert.Equal(6205, session.SelectedMenu!.Id);
        Assert.Equal("Billing", session.SelectedMenu.Name);
        Assert.Equal(4563, session.SelectedMenu.ParentId);
        Assert.Equal("ivr_menu", session.SelectedMenu.MenuType);
        Assert.Equal(2, session.SelectedMenu.ExtensionData!["position"].GetInt32());
        Assert.Equal(3, session.MenuPath!.ItemsCount);
        Assert.Equal("Support / Accounts / Billing", session.MenuPath.Name);
        Assert.Equal("2420/4563/6205", session.MenuPath.MaterializedPath);
        Assert.Equal(3, session.QueuePriorityLevel);
        Assert.Equal(4, session.Rating);
        Assert.True(session.HasFeedback);
        Assert.Equal("Great job, I love my agent", session.Comment);
        Assert.Equal("no_deflection", session.Deflection);
        Assert.Equal("Resolved", session.Disposition!.Code);
        Assert.StartsWith("Customer needed to know our hours of operation", session.Disposition.Notes, StringComparison.Ordinal);
        Assert.Equal("nothing", session.FailReason);
        Assert.Null(session.FailDetails);
        Assert.Equal("not_voicemail", session.VoicemailReason);
        Assert.Equal("disconnected_by_end_user", session.DisconnectedBy);
        Assert.Null(session.ExtensionData);
    }

    [Fact]
    public async Task ReadFileAsync_VoiceInbound_ReadsAgentTransfersSmartActionsAndParticipants()
    {
        SessionMetadata session = await LoadAsync("voice-inbound.json");

        CcaiAgentInfo agent = session.AgentInfo!;
        Assert.Equal(88, agent.Id);
        Assert.Equal("Noam B", agent.Name);
        Assert.Equal("Noam", agent.FirstName);
        Assert.Equal("B", agent.LastName);
        Assert.Equal("noam.b@example.com", agent.Email);
        Assert.Equal("1007", agent.AgentNumber);
        Assert.Equal("https://example.com/avatars/88.png", agent.AvatarUrl);
        Assert.Null(agent.VaAlias);
        Assert.False(agent.IsVirtualAgent);

        CcaiTransfer transfer = Assert.Single(session.Transfers!);
        Assert.Equal(9001, transfer.Id);
        Assert.Equal("agent", transfer.TransferType);
        Assert.Equal("completed", transfer.Status);
        Assert.Equal(87, transfer.FromAgent!.Id);
        Assert.Equal("Ana K", transfer.FromAgent.Name);
        Assert.Equal(88, transfer.ToAgent!.Id);
        Assert.Null(transfer.ToMenu);
        Assert.Equal(At(2023, 9, 11, 9, 44, 0, 3), transfer.CreatedAt);

        Assert.True(session.Verified);
        CcaiMediaItem photo = Assert.Single(session.Photos!);
        Assert.Equal(71, photo.Id);
        Assert.Equal("screenshot", photo.PhotoType);
        Assert.Equal("https://example.com/uploads/71.png", photo.Url);
        CcaiMediaItem video = Assert.Single(session.Videos!);
        Assert.Equal(72, video.Id);
        Assert.Equal("https://example.com/uploads/72.mp4", video.Url);

        Assert.Collection(
            session.Participants!,
            endUser =>
            {
                Assert.Equal(501, endUser.Id);
                Assert.Equal("end_user", endUser.Type);
                Assert.Equal("finished", endUser.Status);
                Assert.Null(endUser.UserId);
                Assert.Null(endUser.PhoneNumber);
                Assert.Equal(At(2023, 9, 11, 9, 42, 1, 3), endUser.ConnectedAt);
                Assert.Equal(At(2023, 9, 11, 9, 47, 10, 3), endUser.EndedAt);
            },
            agentParticipant =>
            {
                Assert.Equal(502, agentParticipant.Id);
                Assert.Equal("agent", agentParticipant.Type);
                Assert.Equal(88, agentParticipant.UserId);
                Assert.Equal(At(2023, 9, 11, 9, 43, 5, 3), agentParticipant.ConnectedAt);
            });
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public async Task ReadFileAsync_EveryFixture_LeavesOnlyDeliberateKeysUnmapped(string fixture)
    {
        SessionMetadata session = await LoadAsync(fixture);

        string[] expected = DeliberatelyUnmapped.GetValueOrDefault(fixture, []);
        Assert.Equal(expected, session.ExtensionData?.Keys.Order(StringComparer.Ordinal).ToArray() ?? []);
    }

    [Fact]
    public async Task Serialize_ReadFixture_KeepsEveryKeyAndTheOffsets()
    {
        string path = FixturePath("voice-inbound.json");
        SessionMetadata session = await LoadAsync("voice-inbound.json");

        string written = JsonSerializer.Serialize(session, CcaiJsonContext.Default.SessionMetadata);

        using JsonDocument original = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        using JsonDocument again = JsonDocument.Parse(written);
        string[] originalKeys = [.. original.RootElement.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).Order(StringComparer.Ordinal)];
        string[] writtenKeys = [.. again.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
        Assert.Equal(originalKeys, writtenKeys);
        Assert.Equal("2023-09-11T09:42:01.000+03:00", again.RootElement.GetProperty("created_at").GetString());
        Assert.Equal("finished", again.RootElement.GetProperty("status").GetString());
        Assert.Equal(245, again.RootElement.GetProperty("call_duration").GetInt32());
    }

    internal static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Ccai", "Fixtures", name);

    private static Task<SessionMetadata> LoadAsync(string name) => new SessionMetadataReader().ReadFileAsync(FixturePath(name));

    private static OffsetDateTime At(int year, int month, int day, int hour, int minute, int second, int offsetHours, int millisecond = 0)
        => At(year, month, day, hour, minute, second, Offset.FromHours(offsetHours), millisecond);

    private static OffsetDateTime At(int year, int month, int day, int hour, int minute, int second, Offset offset, int millisecond = 0)
        => new LocalDateTime(year, month, day, hour, minute, second, millisecond).WithOffset(offset);
}
