using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Benchmarks.Ccai;

// The baseline: the same CCAI record, call or chat, as plain settable DTOs (DateTimeOffset, seconds as numbers, no
// extension data, no tolerance), deserialized by source-generated System.Text.Json. To be a fair baseline it reads
// the same fields the SDK reads: names case-insensitive, numbers also from strings, and the values that come as a
// number or a text (status) or as a text or an object (disposition) as JsonElement.
public sealed class PlainSessionMetadata
{
    public long Id { get; set; }
    [JsonPropertyName("parent_id")] public long? ParentId { get; set; }
    public string? Lang { get; set; }
    [JsonPropertyName("call_type")] public string? CallType { get; set; }
    [JsonPropertyName("session_type")] public string? SessionType { get; set; }
    [JsonPropertyName("session_type_v2")] public string? SessionTypeV2 { get; set; }
    public JsonElement? Status { get; set; }
    public string? SubStatus { get; set; }
    [JsonPropertyName("sub_status")] public string? ChatSubStatus { get; set; }
    [JsonPropertyName("chat_type")] public string? ChatType { get; set; }
    [JsonPropertyName("chat_duration")] public double? ChatDuration { get; set; }
    [JsonPropertyName("first_msg_sent_at")] public DateTimeOffset? FirstMessageSentAt { get; set; }
    [JsonPropertyName("last_msg_sent_at")] public DateTimeOffset? LastMessageSentAt { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("queued_at")] public DateTimeOffset? QueuedAt { get; set; }
    [JsonPropertyName("assigned_at")] public DateTimeOffset? AssignedAt { get; set; }
    [JsonPropertyName("connected_at")] public DateTimeOffset? ConnectedAt { get; set; }
    [JsonPropertyName("ends_at")] public DateTimeOffset? EndsAt { get; set; }
    [JsonPropertyName("scheduled_at")] public DateTimeOffset? ScheduledAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("wait_duration")] public double? WaitDuration { get; set; }
    [JsonPropertyName("queue_duration")] public double? QueueDuration { get; set; }
    [JsonPropertyName("call_duration")] public double? CallDuration { get; set; }
    [JsonPropertyName("hold_duration")] public double? HoldDuration { get; set; }
    [JsonPropertyName("answer_type")] public string? AnswerType { get; set; }
    [JsonPropertyName("out_ticket_id")] public long? OutTicketId { get; set; }
    [JsonPropertyName("out_ticket_url")] public string? OutTicketUrl { get; set; }
    [JsonPropertyName("recording_permission")] public string? RecordingPermission { get; set; }
    [JsonPropertyName("recording_url")] public string? RecordingUrl { get; set; }
    [JsonPropertyName("support_number")] public string? SupportNumber { get; set; }
    [JsonPropertyName("selected_menu")] public PlainMenu? SelectedMenu { get; set; }
    [JsonPropertyName("menu_path")] public PlainMenuPath? MenuPath { get; set; }
    [JsonPropertyName("queue_priority_level")] public int? QueuePriorityLevel { get; set; }
    public int? Rating { get; set; }
    [JsonPropertyName("has_feedback")] public bool? HasFeedback { get; set; }
    public string? Comment { get; set; }
    [JsonPropertyName("agent_info")] public PlainAgent? AgentInfo { get; set; }
    public List<PlainTransfer>? Transfers { get; set; }
    public string? Deflection { get; set; }
    public JsonElement? Disposition { get; set; }
    [JsonPropertyName("fail_reason")] public string? FailReason { get; set; }
    [JsonPropertyName("voicemail_reason")] public string? VoicemailReason { get; set; }
    [JsonPropertyName("disconnected_by")] public string? DisconnectedBy { get; set; }
    public bool? Verified { get; set; }
    public List<PlainMedia>? Photos { get; set; }
    public List<PlainMedia>? Videos { get; set; }
    public List<PlainParticipant>? Participants { get; set; }
}

public sealed class PlainMenu
{
    public long? Id { get; set; }
    public string? Name { get; set; }
    [JsonPropertyName("parent_id")] public long? ParentId { get; set; }
    [JsonPropertyName("menu_type")] public string? MenuType { get; set; }
    public int? Position { get; set; }
}

public sealed class PlainMenuPath
{
    [JsonPropertyName("items_count")] public int? ItemsCount { get; set; }
    public string? Name { get; set; }
    [JsonPropertyName("materialized_path")] public string? MaterializedPath { get; set; }
}

public sealed class PlainAgent
{
    public long? Id { get; set; }
    public string? Name { get; set; }
    [JsonPropertyName("first_name")] public string? FirstName { get; set; }
    [JsonPropertyName("last_name")] public string? LastName { get; set; }
    public string? Email { get; set; }
    [JsonPropertyName("agent_number")] public long? AgentNumber { get; set; }
    [JsonPropertyName("va_alias")] public string? VaAlias { get; set; }
    [JsonPropertyName("avatar_url")] public string? AvatarUrl { get; set; }
}

public sealed class PlainTransfer
{
    public long? Id { get; set; }
    [JsonPropertyName("transfer_type")] public string? TransferType { get; set; }
    public string? Status { get; set; }
    [JsonPropertyName("from_agent")] public PlainAgent? FromAgent { get; set; }
    [JsonPropertyName("to_agent")] public PlainAgent? ToAgent { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
}

public sealed class PlainMedia
{
    public long? Id { get; set; }
    [JsonPropertyName("photo_type")] public string? PhotoType { get; set; }
    public string? Url { get; set; }
}

public sealed class PlainParticipant
{
    public long? Id { get; set; }
    public string? Type { get; set; }
    [JsonPropertyName("user_id")] public long? UserId { get; set; }
    public string? Status { get; set; }
    [JsonPropertyName("connected_at")] public DateTimeOffset? ConnectedAt { get; set; }
    [JsonPropertyName("ended_at")] public DateTimeOffset? EndedAt { get; set; }
}

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(PlainSessionMetadata))]
internal sealed partial class PlainCcaiContext : JsonSerializerContext;
