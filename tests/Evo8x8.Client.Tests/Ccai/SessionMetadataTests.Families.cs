using Evo8x8.Client.Ccai;
using NodaTime;

namespace Evo8x8.Client.Tests.Ccai;

// One test per session type family; each asserts every field its fixture carries.
public sealed partial class SessionMetadataTests
{
    [Fact]
    public async Task ReadFileAsync_VoiceOutbound_ReadsStatusNameUtcTimesAndFractionalSeconds()
    {
        SessionMetadata session = await LoadAsync("voice-outbound.json");

        Assert.Equal(20001, session.Id);
        Assert.Equal("en", session.Lang);
        Assert.Equal(CcaiSessionType.VoiceOutbound, session.CallType);
        Assert.Equal("Voice Outbound", session.CallType!.Value.Value);
        Assert.Equal(CcaiSessionType.VoiceOutbound, session.SessionType);
        Assert.Equal(CcaiSessionType.VoiceOutboundApi, session.SessionTypeV2);
        Assert.Equal(CcaiSessionStatus.Finished, session.Status);
        Assert.Equal("connected_with_agent", session.SubStatus);
        Assert.Equal(At(2024, 2, 1, 14, 0, 0, 0), session.CreatedAt);
        Assert.Equal(Offset.Zero, session.CreatedAt!.Value.Offset);
        Assert.Equal(At(2024, 2, 1, 14, 0, 0, 0), session.AssignedAt);
        Assert.Equal(At(2024, 2, 1, 14, 0, 12, 0, 500), session.ConnectedAt);
        Assert.Equal(At(2024, 2, 1, 14, 3, 12, 0, 500), session.EndsAt);
        Assert.Equal(At(2024, 2, 1, 14, 18, 12, 0, 500), session.UpdatedAt);
        Assert.Null(session.QueuedAt);
        Assert.Null(session.WaitDuration);
        Assert.Equal(Duration.FromMilliseconds(192_500), session.CallDuration);
        Assert.Equal(Duration.Zero, session.HoldDuration);
        Assert.Equal("human_agent", session.AnswerType);
        Assert.Equal("+12223335555", session.OutboundNumber);
        Assert.Null(session.SupportNumber);
        Assert.Equal(CcaiRecordingPermission.NotAsked, session.RecordingPermission);
        Assert.Equal(91, session.AgentInfo!.Id);
        Assert.Equal("Li W", session.AgentInfo.Name);
        Assert.Equal("2001", session.AgentInfo.AgentNumber);
        Assert.True(session.Type!.Value.IsVoice);
    }

    [Fact]
    public async Task ReadFileAsync_Campaign_ReadsCampaignStatusAndSecondsFromStrings()
    {
        SessionMetadata session = await LoadAsync("campaign.json");

        Assert.Equal(30001, session.Id);
        Assert.Equal("es", session.Lang);
        Assert.Equal(CcaiSessionType.VoiceCampaign, session.CallType);
        Assert.Null(session.SessionType);
        Assert.Equal(CcaiSessionType.VoiceCampaign, session.SessionTypeV2);
        Assert.Equal(CcaiSessionStatus.CampaignConnected, session.Status);
        Assert.Equal(18, session.Status!.Value.Code);
        Assert.Equal("connected_with_agent", session.SubStatus);
        Assert.Equal(At(2024, 3, 5, 8, 59, 30, -5), session.CreatedAt);
        Assert.Equal(At(2024, 3, 5, 8, 59, 31, -5), session.AssignedAt);
        Assert.Equal(At(2024, 3, 5, 9, 0, 2, -5), session.ConnectedAt);
        Assert.Equal(At(2024, 3, 5, 9, 6, 2, -5), session.EndsAt);
        Assert.Equal(At(2024, 3, 5, 9, 21, 2, -5), session.UpdatedAt);
        Assert.Equal(Duration.FromMinutes(6), session.CallDuration);
        Assert.Equal(Duration.FromSeconds(15), session.HoldDuration);
        Assert.Equal("+12223335555", session.OutboundNumber);
        Assert.Equal(95, session.AgentInfo!.Id);
        Assert.Equal("Marta R", session.AgentInfo.Name);
        Assert.Equal("preview", session.ExtensionData!["campaign"].GetProperty("dialing_mode").GetString());
    }

    [Fact]
    public async Task ReadFileAsync_Chat_ReadsMessagingTypeCsatAndSmartActions()
    {
        SessionMetadata session = await LoadAsync("chat.json");
        Offset india = Offset.FromHoursAndMinutes(5, 30);

        Assert.Equal(40001, session.Id);
        Assert.Equal("hi", session.Lang);
        Assert.Null(session.CallType);
        Assert.Equal(CcaiSessionType.MessagingWeb, session.SessionType);
        Assert.Equal(CcaiSessionType.MessagingWeb, session.SessionTypeV2);
        Assert.True(session.Type!.Value.IsMessaging);
        Assert.False(session.Type.Value.IsVoice);
        Assert.Equal(CcaiSessionStatus.Finished, session.Status);
        Assert.Equal("connected_with_agent", session.SubStatus);
        Assert.Equal(At(2024, 4, 10, 18, 15, 0, india), session.CreatedAt);
        Assert.Equal(At(2024, 4, 10, 18, 15, 20, india), session.QueuedAt);
        Assert.Equal(At(2024, 4, 10, 18, 16, 0, india), session.AssignedAt);
        Assert.Equal(At(2024, 4, 10, 18, 16, 1, india), session.ConnectedAt);
        Assert.Equal(At(2024, 4, 10, 18, 30, 1, india), session.EndsAt);
        Assert.Equal(At(2024, 4, 10, 18, 45, 1, india), session.UpdatedAt);
        Assert.Equal(Duration.FromSeconds(40), session.WaitDuration);
        Assert.Equal(Duration.FromMinutes(14), session.CallDuration);
        Assert.Null(session.HoldDuration);
        Assert.Equal(3, session.Rating);
        Assert.True(session.HasFeedback);
        Assert.Equal("Quick answer", session.Comment);
        Assert.Equal(77, session.AgentInfo!.Id);
        Assert.Equal("Ravi S", session.AgentInfo.Name);
        Assert.Equal("ravi.s@example.com", session.AgentInfo.Email);
        Assert.False(session.Verified);
        Assert.Empty(session.Photos!);
        Assert.Empty(session.Videos!);
        Assert.Equal("order 7781", session.ExtensionData!["text_inputs"][0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task ReadFileAsync_VirtualAgent_ReadsVaStatusAndAlias()
    {
        SessionMetadata session = await LoadAsync("virtual-agent.json");

        Assert.Equal(50001, session.Id);
        Assert.Equal("en", session.Lang);
        Assert.Equal(CcaiSessionType.VoiceInbound, session.CallType);
        Assert.Equal(CcaiSessionType.VoiceInboundMobile, session.SessionTypeV2);
        Assert.Equal(CcaiSessionStatus.VaConnected, session.Status);
        Assert.Equal(14, session.Status!.Value.Code);
        Assert.Null(session.SubStatus);
        Assert.Equal(At(2024, 5, 20, 11, 0, 0, 1), session.CreatedAt);
        Assert.Equal(At(2024, 5, 20, 11, 0, 3, 1), session.ConnectedAt);
        Assert.Equal(At(2024, 5, 20, 11, 2, 3, 1), session.EndsAt);
        Assert.Equal(At(2024, 5, 20, 11, 17, 3, 1), session.UpdatedAt);
        Assert.Equal(Duration.FromMinutes(2), session.CallDuration);
        Assert.Equal("virtual_agent", session.AnswerType);
        Assert.Equal("Billing bot", session.AgentInfo!.VaAlias);
        Assert.True(session.AgentInfo.IsVirtualAgent);
        Assert.Null(session.AgentInfo.Id);
        Assert.Null(session.AgentInfo.Name);
    }

    [Fact]
    public async Task ReadFileAsync_Failed_ReadsFailReasonAndDetails()
    {
        SessionMetadata session = await LoadAsync("failed.json");

        Assert.Equal(60001, session.Id);
        Assert.Equal("en", session.Lang);
        Assert.Equal(CcaiSessionType.VoiceInbound, session.CallType);
        Assert.Equal(CcaiSessionType.VoiceInboundApi, session.SessionTypeV2);
        Assert.Equal(CcaiSessionStatus.Failed, session.Status);
        Assert.Equal("in_queue", session.SubStatus);
        Assert.Equal(At(2024, 6, 1, 7, 30, 0, 2), session.CreatedAt);
        Assert.Equal(At(2024, 6, 1, 7, 30, 5, 2), session.QueuedAt);
        Assert.Equal(At(2024, 6, 1, 7, 31, 35, 2), session.EndsAt);
        Assert.Equal(At(2024, 6, 1, 7, 46, 35, 2), session.UpdatedAt);
        Assert.Null(session.AssignedAt);
        Assert.Equal(Duration.FromSeconds(90), session.WaitDuration);
        Assert.Null(session.CallDuration);
        Assert.Equal("end_user_hung_up_in_queue", session.FailReason);
        Assert.Equal("Caller disconnected before an agent was available", session.FailDetails);
        Assert.Equal("disconnected_by_end_user", session.DisconnectedBy);
        Assert.Equal("+12223334444", session.SupportNumber);
        Assert.Null(session.AgentInfo);
    }

    [Fact]
    public async Task ReadFileAsync_Deflected_ReadsDeflectionAndMenu()
    {
        SessionMetadata session = await LoadAsync("deflected.json");

        Assert.Equal(70001, session.Id);
        Assert.Equal("en", session.Lang);
        Assert.Equal(CcaiSessionType.VoiceInbound, session.CallType);
        Assert.Equal(CcaiSessionType.VoiceInbound, session.SessionTypeV2);
        Assert.Equal(CcaiSessionStatus.Deflected, session.Status);
        Assert.Equal(At(2024, 7, 4, 22, 5, 0, -7), session.CreatedAt);
        Assert.Equal(At(2024, 7, 4, 22, 5, 40, -7), session.EndsAt);
        Assert.Equal(At(2024, 7, 4, 22, 20, 40, -7), session.UpdatedAt);
        Assert.Equal("after_hours_message_only", session.Deflection);
        Assert.Equal("+12223334444", session.SupportNumber);
        Assert.Equal(6300, session.SelectedMenu!.Id);
        Assert.Equal("After hours", session.SelectedMenu.Name);
        Assert.Equal("ivr_menu", session.SelectedMenu.MenuType);
        Assert.Null(session.SelectedMenu.ParentId);
        Assert.Equal(1, session.MenuPath!.ItemsCount);
        Assert.Equal("After hours", session.MenuPath.Name);
        Assert.Equal("6300", session.MenuPath.MaterializedPath);
        Assert.Null(session.AgentInfo);
    }

    [Fact]
    public async Task ReadFileAsync_Voicemail_ReadsVoicemailReceivedAndRecording()
    {
        SessionMetadata session = await LoadAsync("voicemail.json");

        Assert.Equal(80001, session.Id);
        Assert.Equal("fr", session.Lang);
        Assert.Equal(CcaiSessionType.VoiceInbound, session.CallType);
        Assert.Equal(CcaiSessionType.VoiceInboundIvr, session.SessionTypeV2);
        Assert.Equal(CcaiSessionStatus.VoicemailReceived, session.Status);
        Assert.Equal(81, session.Status!.Value.Code);
        Assert.Equal(At(2024, 8, 15, 19, 0, 0, 2), session.CreatedAt);
        Assert.Equal(At(2024, 8, 15, 19, 0, 10, 2), session.QueuedAt);
        Assert.Equal(At(2024, 8, 15, 19, 2, 10, 2), session.EndsAt);
        Assert.Equal(At(2024, 8, 15, 19, 17, 10, 2), session.UpdatedAt);
        Assert.Equal(Duration.FromMinutes(1), session.WaitDuration);
        Assert.Equal("queue_over_capacity", session.VoicemailReason);
        Assert.Equal("voicemail", session.Deflection);
        Assert.Equal(CcaiRecordingPermission.Granted, session.RecordingPermission);
        Assert.Equal("www.example.examplecrm.com/88888", session.RecordingUrl);
        Assert.Equal("T-80001", session.OutTicketId);
        Assert.Equal("https://example.com/tickets/T-80001", session.OutTicketUrl);
    }
}
