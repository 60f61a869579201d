using System.Text.Json.Serialization;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.ContactCenter;

// What came of the session: who answered, routing, CSAT, transfers, deflection, disposition, SmartActions.
public sealed partial class SessionMetadata
{
    /// <summary>Who answered, a human or a virtual agent (<c>answer_type</c>; likely but unconfirmed, kept as text).</summary>
    [JsonPropertyName("answer_type")]
    public string? AnswerType { get; init; }

    /// <summary>The agent who handled the session, human or virtual.</summary>
    [JsonPropertyName("agent_info")]
    public CcaiAgentInfo? AgentInfo { get; init; }

    /// <summary>The id the CRM gave the session's ticket, as text even when the file writes a number (likely but unconfirmed key).</summary>
    [JsonPropertyName("out_ticket_id")]
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string? OutTicketId { get; init; }

    /// <summary>The address of the CRM ticket.</summary>
    [JsonPropertyName("out_ticket_url")]
    public string? OutTicketUrl { get; init; }

    /// <summary>Whether the end-user agreed to be recorded.</summary>
    [JsonPropertyName("recording_permission")]
    public CcaiRecordingPermission? RecordingPermission { get; init; }

    /// <summary>The address of this session's recording.</summary>
    [JsonPropertyName("recording_url")]
    public string? RecordingUrl { get; init; }

    /// <summary>The public number of the queue the end-user called (inbound only).</summary>
    [JsonPropertyName("support_number")]
    public string? SupportNumber { get; init; }

    /// <summary>The agent's outbound number the call was dialed from (likely but unconfirmed key).</summary>
    [JsonPropertyName("outbound_number")]
    public string? OutboundNumber { get; init; }

    /// <summary>The leaf menu the session was routed through, with its channel (likely but unconfirmed; a file that names it <c>menu</c> keeps it in <see cref="ExtensionData"/>).</summary>
    [JsonPropertyName("selected_menu")]
    public CcaiMenu? SelectedMenu { get; init; }

    /// <summary>The menu path and its id, the tree of queue ids the session went through (likely but unconfirmed).</summary>
    [JsonPropertyName("menu_path")]
    public CcaiMenuPath? MenuPath { get; init; }

    /// <summary>The queue priority routing order, 1 to 8 (likely but unconfirmed key).</summary>
    [JsonPropertyName("queue_priority_level")]
    public int? QueuePriorityLevel { get; init; }

    /// <summary>The CSAT rating, 1 to 4, captured after the session; <see langword="null"/> or 0 when none was given.</summary>
    [JsonPropertyName("rating")]
    public int? Rating { get; init; }

    /// <summary>Whether the end-user left CSAT feedback (likely but unconfirmed).</summary>
    [JsonPropertyName("has_feedback")]
    public bool? HasFeedback { get; init; }

    /// <summary>The end-user's CSAT comment (likely but unconfirmed key).</summary>
    [JsonPropertyName("comment")]
    public string? Comment { get; init; }

    /// <summary>Each transfer to another agent or menu, in order (likely but unconfirmed shape).</summary>
    [JsonPropertyName("transfers")]
    public IReadOnlyList<CcaiTransfer>? Transfers { get; init; }

    /// <summary>
    /// Whether and where the session was deflected (overcapacity or after hours), for example
    /// <c>after_hours_message_only</c>, or <c>no_deflection</c>.
    /// </summary>
    [JsonPropertyName("deflection")]
    public string? Deflection { get; init; }

    /// <summary>The disposition code and notes the agent applied at the end.</summary>
    [JsonPropertyName("disposition")]
    public CcaiDisposition? Disposition { get; init; }

    /// <summary>Why the session failed, for a <see cref="CcaiSessionStatus.Failed"/> session (likely but unconfirmed).</summary>
    [JsonPropertyName("fail_reason")]
    public string? FailReason { get; init; }

    /// <summary>The platform's details about the failure, free text (likely but unconfirmed).</summary>
    [JsonPropertyName("fail_details")]
    public string? FailDetails { get; init; }

    /// <summary>Why the session went to voicemail, or <c>not_voicemail</c> (likely but unconfirmed).</summary>
    [JsonPropertyName("voicemail_reason")]
    public string? VoicemailReason { get; init; }

    /// <summary>Which side ended the session, for example <c>disconnected_by_end_user</c> (likely but unconfirmed).</summary>
    [JsonPropertyName("disconnected_by")]
    public string? DisconnectedBy { get; init; }

    /// <summary>SmartAction: whether the end-user or device owner was verified.</summary>
    [JsonPropertyName("verified")]
    public bool? Verified { get; init; }

    /// <summary>SmartAction: photos and screenshots the end-user uploaded.</summary>
    [JsonPropertyName("photos")]
    public IReadOnlyList<CcaiMediaItem>? Photos { get; init; }

    /// <summary>SmartAction: video files the end-user uploaded.</summary>
    [JsonPropertyName("videos")]
    public IReadOnlyList<CcaiMediaItem>? Videos { get; init; }

    /// <summary>Everyone who took part: agents, the end-user and third parties, one record per join (likely but unconfirmed shape).</summary>
    [JsonPropertyName("participants")]
    public IReadOnlyList<CcaiParticipant>? Participants { get; init; }
}
