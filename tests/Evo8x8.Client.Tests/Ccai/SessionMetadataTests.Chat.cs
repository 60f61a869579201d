using System.Text.Json;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Ccai;
using NodaTime;

namespace Evo8x8.Client.Tests.Ccai;

// Chat records, a call without agent_info, and seed 004's example values, every field asserted.
public sealed partial class SessionMetadataTests
{
    [Fact]
    public async Task ReadFileAsync_ChatWithHumanAgent_ReadsEveryField()
    {
        SessionMetadata chat = await LoadAsync("chat-human-agent.json");

        Assert.Equal(60001, chat.Id);
        Assert.Null(chat.ParentId);
        Assert.Equal("es", chat.Lang);
        Assert.Null(chat.CallType);
        Assert.Equal(CcaiSessionType.MessagingInboundWebChat, chat.ChatType);
        Assert.Equal(CcaiSessionType.MessagingInboundWebChat, chat.SessionType);
        Assert.Equal(CcaiSessionType.MessagingWeb, chat.SessionTypeV2);
        Assert.Equal(CcaiSessionType.MessagingWeb, chat.Type);
        Assert.True(chat.IsChat);
        Assert.Equal(CcaiSessionStatus.Finished, chat.Status);
        Assert.Equal("connected_with_agent", chat.SubStatus);
        Assert.Equal(At(2024, 6, 3, 14, 0, 0, -7), chat.CreatedAt);
        Assert.Null(chat.QueuedAt);
        Assert.Equal(At(2024, 6, 3, 14, 1, 30, -7), chat.AssignedAt);
        Assert.Null(chat.ConnectedAt);
        Assert.Equal(At(2024, 6, 3, 14, 12, 30, -7), chat.EndsAt);
        Assert.Equal(At(2024, 6, 3, 14, 27, 30, -7), chat.UpdatedAt);
        Assert.Equal(At(2024, 6, 3, 14, 0, 5, -7), chat.FirstMessageSentAt);
        Assert.Equal(At(2024, 6, 3, 14, 12, 10, -7), chat.LastMessageSentAt);
        Assert.Equal(Duration.FromSeconds(90), chat.WaitDuration);
        Assert.Equal(Duration.FromSeconds(660), chat.ChatDuration);
        Assert.Null(chat.CallDuration);
        Assert.Equal(Duration.FromSeconds(660), chat.HandleTime);
        Assert.True(chat.Verified);
        Assert.Equal(4, chat.Rating);
        Assert.True(chat.HasFeedback);
        Assert.Equal("88123", chat.OutTicketId);
        Assert.Equal("Order status", chat.Disposition!.Code);
        Assert.Equal("Shared the tracking link.", chat.Disposition.Notes);
        Assert.Null(chat.Disposition.Text);

        CcaiAgentInfo agent = chat.AgentInfo!;
        Assert.False(agent.IsVirtualAgent);
        Assert.Equal(301, agent.Id);
        Assert.Equal("Lucia M", agent.Name);
        Assert.Equal("https://example.com/avatars/301.png", agent.AvatarUrl);
        Assert.Equal("lucia.m@example.com", agent.Email);
        Assert.Equal("Lucia", agent.FirstName);
        Assert.Equal("Martinez", agent.LastName);
        Assert.Equal("A-301", agent.AgentNumber);
        Assert.Null(agent.VaAlias);

        Assert.Collection(
            chat.Participants!,
            endUser =>
            {
                Assert.Equal(9001, endUser.Id);
                Assert.Equal("end_user", endUser.Type);
                Assert.Equal("finished", endUser.Status);
                Assert.Null(endUser.UserId);
                Assert.Equal(At(2024, 6, 3, 14, 0, 0, -7), endUser.ConnectedAt);
                Assert.Equal(At(2024, 6, 3, 14, 12, 30, -7), endUser.EndedAt);
            },
            agentLeg =>
            {
                Assert.Equal(9002, agentLeg.Id);
                Assert.Equal("agent", agentLeg.Type);
                Assert.Equal(301, agentLeg.UserId);
                Assert.Equal(At(2024, 6, 3, 14, 1, 30, -7), agentLeg.ConnectedAt);
            });
    }

    [Fact]
    public async Task ReadFileAsync_ChatWithVirtualAgent_ReadsEveryField()
    {
        SessionMetadata chat = await LoadAsync("chat-virtual-agent.json");

        Assert.Equal(60002, chat.Id);
        Assert.Equal("en", chat.Lang);
        Assert.Equal(CcaiSessionType.MessagingWhatsapp, chat.ChatType);
        Assert.Equal(CcaiSessionType.MessagingWhatsapp, chat.SessionType);
        Assert.Equal(CcaiSessionType.MessagingWhatsapp, chat.Type);
        Assert.Equal("Messaging (WhatsApp)", chat.Type!.Value.Value);
        Assert.True(chat.IsChat);
        Assert.Equal(CcaiSessionStatus.NoResponse, chat.Status);
        Assert.True(chat.Status!.Value.IsKnown);
        Assert.Equal("waiting_for_agent", chat.SubStatus);
        Assert.Equal(At(2024, 6, 4, 9, 30, 0, 2), chat.CreatedAt);
        Assert.Null(chat.AssignedAt);
        Assert.Equal(At(2024, 6, 4, 9, 45, 0, 2), chat.EndsAt);
        Assert.Equal(At(2024, 6, 4, 10, 0, 0, 2), chat.UpdatedAt);
        Assert.Equal(At(2024, 6, 4, 9, 30, 1, 2), chat.FirstMessageSentAt);
        Assert.Equal(At(2024, 6, 4, 9, 31, 40, 2), chat.LastMessageSentAt);
        Assert.Equal(Duration.Zero, chat.WaitDuration);
        Assert.Equal(Duration.FromSeconds(100), chat.ChatDuration);
        Assert.False(chat.Verified);
        Assert.Null(chat.Rating);
        Assert.Null(chat.Disposition);

        CcaiAgentInfo agent = chat.AgentInfo!;
        Assert.True(agent.IsVirtualAgent);
        Assert.Equal("order-bot", agent.VaAlias);
        Assert.Equal(12, agent.Id);
        Assert.Equal("Order bot", agent.Name);
        Assert.Equal("https://example.com/avatars/bot.png", agent.AvatarUrl);
        Assert.Null(agent.Email);
        Assert.Null(agent.FirstName);
        Assert.Null(agent.LastName);
        Assert.Null(agent.AgentNumber);
    }

    [Fact]
    public async Task ReadFileAsync_CallWithoutAgentInfo_ReadsEveryFieldWithSnakeCaseTypes()
    {
        SessionMetadata call = await LoadAsync("call-without-agent.json");

        Assert.Equal(70001, call.Id);
        Assert.Equal("en", call.Lang);
        Assert.Equal(CcaiSessionType.VoiceInbound, call.CallType);
        Assert.Equal("voice_inbound", call.CallType!.Value.Value);
        Assert.Equal(CcaiSessionType.VoiceInbound, call.SessionType);
        Assert.Null(call.SessionTypeV2);
        Assert.True(call.Type == CcaiSessionType.VoiceInbound);
        Assert.False(call.IsChat);
        Assert.Equal(CcaiSessionStatus.Deflected, call.Status);
        Assert.Equal(11, call.Status!.Value.Code);
        Assert.Equal("after_hours", call.SubStatus);
        Assert.Equal(At(2024, 7, 1, 22, 10, 0, 0), call.CreatedAt);
        Assert.Null(call.QueuedAt);
        Assert.Equal(At(2024, 7, 1, 22, 10, 40, 0), call.EndsAt);
        Assert.Equal(At(2024, 7, 1, 22, 25, 40, 0), call.UpdatedAt);
        Assert.Equal(Duration.Zero, call.WaitDuration);
        Assert.Equal(Duration.Zero, call.CallDuration);
        Assert.Equal(Duration.Zero, call.HoldDuration);
        Assert.Null(call.ChatDuration);
        Assert.Equal(CcaiRecordingPermission.NotAsked, call.RecordingPermission);
        Assert.Equal("+12223334444", call.SupportNumber);
        Assert.Equal("after_hours_message_only", call.Deflection);
        Assert.Equal("nothing", call.FailReason);
        Assert.Null(call.AgentInfo);
        CcaiParticipant endUser = Assert.Single(call.Participants!);
        Assert.Equal(9101, endUser.Id);
        Assert.Equal("end_user", endUser.Type);
        Assert.Equal("finished", endUser.Status);
        Assert.Equal(At(2024, 7, 1, 22, 10, 40, 0), endUser.EndedAt);
    }

    [Fact]
    public async Task ReadFileAsync_Seed004ExampleValues_KeepsDispositionTextAndEqualsTheNamedValues()
    {
        SessionMetadata call = await LoadAsync("seed-004-values.json");
        OffsetDateTime example = At(2023, 9, 11, 9, 42, 1, 3);

        Assert.Equal(12345, call.Id);
        Assert.Equal("en", call.Lang);
        Assert.Equal(CcaiSessionType.VoiceInbound, call.CallType);
        Assert.Equal(CcaiSessionType.VoiceInboundIvr, call.SessionTypeV2);
        Assert.Equal(CcaiSessionType.VoiceInboundIvr, call.Type);
        Assert.Equal(CcaiSessionStatus.VoicemailReceived, call.Status);
        Assert.All([call.CreatedAt, call.QueuedAt, call.AssignedAt, call.ConnectedAt, call.EndsAt, call.ScheduledAt, call.UpdatedAt], at => Assert.Equal(example, at));
        Assert.Equal(Duration.FromSeconds(245), call.CallDuration);
        Assert.Equal(Duration.FromSeconds(245), call.HandleTime);
        Assert.Equal(Duration.FromSeconds(23), call.HoldDuration);
        Assert.Equal("human_agent", call.AnswerType);
        Assert.Equal("12345", call.OutTicketId);
        Assert.Equal("https://example.com/", call.OutTicketUrl);
        Assert.Equal(CcaiRecordingPermission.NotAsked, call.RecordingPermission);
        Assert.Equal("not asked", call.RecordingPermission!.Value.Value);
        Assert.Equal("www.example.examplecrm.com/23453732", call.RecordingUrl);
        Assert.Equal("+12223334444", call.SupportNumber);
        Assert.Equal("+12223335555", call.OutboundNumber);
        Assert.Equal("2420/4563/6205", call.MenuPath!.MaterializedPath);
        Assert.Equal(1, call.QueuePriorityLevel);
        Assert.Equal(4, call.Rating);
        Assert.Equal("Great job, I love my agent", call.Comment);
        Assert.Equal("Noam B", call.AgentInfo!.Name);
        Assert.False(call.AgentInfo.IsVirtualAgent);
        Assert.Equal("after_hours_message_only", call.Deflection);
        Assert.Equal(
            "Resolved; Customer needed to know our hours of operation, provided them. Customer had no further questions.",
            call.Disposition!.Text);
        Assert.Null(call.Disposition.Code);
        Assert.Null(call.Disposition.Notes);
    }

    [Fact]
    public async Task Serialize_ChatRecord_WritesSubStatusOnceAndDispositionTextAsText()
    {
        SessionMetadata chat = await LoadAsync("chat-human-agent.json");
        SessionMetadata seed = await LoadAsync("seed-004-values.json");

        using JsonDocument chatJson = JsonDocument.Parse(JsonSerializer.Serialize(chat, CcaiJsonContext.Default.SessionMetadata));
        using JsonDocument seedJson = JsonDocument.Parse(JsonSerializer.Serialize(seed, CcaiJsonContext.Default.SessionMetadata));

        Assert.Equal("connected_with_agent", chatJson.RootElement.GetProperty("subStatus").GetString());
        Assert.False(chatJson.RootElement.TryGetProperty("sub_status", out _));
        Assert.Equal(660, chatJson.RootElement.GetProperty("chat_duration").GetInt32());
        Assert.StartsWith("Resolved; Customer", seedJson.RootElement.GetProperty("disposition").GetString(), StringComparison.Ordinal);
    }
}
