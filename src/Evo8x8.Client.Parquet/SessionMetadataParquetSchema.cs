using Evo8x8.Client.Ccai;

namespace Evo8x8.Client.Parquet;

/// <summary>
/// The flat schema of the four files, column by column. src/Evo8x8.Client/Ccai/README.md documents the same columns and the JSON member each comes from; a
/// change here is a change of the published schema.
/// </summary>
internal static class SessionMetadataParquetSchema
{
    public static ParquetColumnList<SessionMetadata> Sessions(int capacity) => new ParquetColumnList<SessionMetadata>(capacity)
        .Long("session_id", s => s.Id)
        .Long("parent_id", s => s.ParentId)
        .Text("kind", s => s.IsChat ? "chat" : "call")
        .Text("lang", s => s.Lang)
        .Text("type", s => s.Type?.Value)
        .Text("type_key", s => s.Type is { Value: not null } type ? type.Key : null)
        .Text("status", s => s.Status?.ToString())
        .Int("status_code", s => s.Status?.Code)
        .Text("status_key", s => s.Status?.Key)
        .Text("sub_status", s => s.SubStatus)
        .TimeWithOffset("created_at", s => s.CreatedAt)
        .Time("queued_at", s => s.QueuedAt?.ToInstant())
        .Time("assigned_at", s => s.AssignedAt?.ToInstant())
        .Time("connected_at", s => s.ConnectedAt?.ToInstant())
        .Time("ends_at", s => s.EndsAt?.ToInstant())
        .Time("scheduled_at", s => s.ScheduledAt?.ToInstant())
        .Time("updated_at", s => s.UpdatedAt?.ToInstant())
        .Time("first_msg_sent_at", s => s.FirstMessageSentAt?.ToInstant())
        .Time("last_msg_sent_at", s => s.LastMessageSentAt?.ToInstant())
        .Seconds("wait_seconds", s => s.WaitDuration ?? s.QueueDuration)
        .Seconds("call_seconds", s => s.CallDuration)
        .Seconds("chat_seconds", s => s.ChatDuration)
        .Seconds("handle_seconds", s => s.HandleTime)
        .Seconds("hold_seconds", s => s.HoldDuration)
        .Int("rating", s => s.Rating)
        .Bool("has_feedback", s => s.HasFeedback)
        .Text("comment", s => s.Comment)
        .Text("answer_type", s => s.AnswerType)
        .Long("agent_id", s => s.AgentInfo?.Id)
        .Text("agent_name", s => s.AgentInfo?.Name)
        .Bool("agent_is_virtual", s => s.AgentInfo?.IsVirtualAgent)
        .Text("va_alias", s => s.AgentInfo?.VaAlias)
        .Text("recording_permission", s => s.RecordingPermission?.Value)
        .Text("deflection", s => s.Deflection)
        .Text("disposition_code", s => s.Disposition?.Code)
        .Text("disposition_notes", s => s.Disposition?.Notes)
        .Text("disposition_text", s => s.Disposition?.Text)
        .Text("fail_reason", s => s.FailReason)
        .Text("out_ticket_id", s => s.OutTicketId)
        .Text("support_number", s => s.SupportNumber)
        .Text("outbound_number", s => s.OutboundNumber)
        .Int("queue_priority_level", s => s.QueuePriorityLevel)
        .Text("menu_path", s => s.MenuPath?.MaterializedPath)
        .Long("selected_menu_id", s => s.SelectedMenu?.Id)
        .Text("selected_menu_name", s => s.SelectedMenu?.Name)
        .Int("transfer_count", s => s.Transfers?.Count ?? 0)
        .Int("participant_count", s => s.Participants?.Count ?? 0);

    public static ParquetColumnList<SessionRow<CcaiTransfer>> Transfers(int capacity) => new ParquetColumnList<SessionRow<CcaiTransfer>>(capacity)
        .Long("session_id", r => r.SessionId)
        .Int("position", r => r.Position)
        .Long("transfer_id", r => r.Item.Id)
        .Text("transfer_type", r => r.Item.TransferType)
        .Text("status", r => r.Item.Status)
        .Long("from_agent_id", r => r.Item.FromAgent?.Id)
        .Long("to_agent_id", r => r.Item.ToAgent?.Id)
        .Long("to_menu_id", r => r.Item.ToMenu?.Id)
        .Time("created_at", r => r.Item.CreatedAt?.ToInstant());

    public static ParquetColumnList<SessionRow<CcaiParticipant>> Participants(int capacity) => new ParquetColumnList<SessionRow<CcaiParticipant>>(capacity)
        .Long("session_id", r => r.SessionId)
        .Int("position", r => r.Position)
        .Long("participant_id", r => r.Item.Id)
        .Text("type", r => r.Item.Type)
        .Text("status", r => r.Item.Status)
        .Long("user_id", r => r.Item.UserId)
        .Time("connected_at", r => r.Item.ConnectedAt?.ToInstant())
        .Time("ended_at", r => r.Item.EndedAt?.ToInstant());

    public static ParquetColumnList<SessionRow<ChatTranscriptEntry>> TranscriptEntries(int capacity) => new ParquetColumnList<SessionRow<ChatTranscriptEntry>>(capacity)
        .Long("session_id", r => r.SessionId)
        .Int("position", r => r.Position)
        .Time("timestamp", r => r.Item.Timestamp)
        .Text("type", r => r.Item.Type)
        .Text("role", r => r.Item.Role?.Value)
        .Text("sender_name", r => r.Item.SenderName)
        .Text("content", r => r.Item.Body?.Content)
        .Text("lang", r => r.Item.Body?.Lang)
        .Long("media_id", r => r.Item.Body?.MediaId);
}
