using System.Text.Json.Serialization;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Ccai;

// What came of the session: who answered, routing, CSAT, transfers, deflection, disposition, SmartActions.
public sealed partial class SessionMetadata
{
    /// <summary>Who answered, a human or a virtual agent (<c>answer_type</c>; likely but unconfirmed, kept as text).</summary>
    [JsonPropertyName("answer_type")]
    [JsonInclude]
    public string? AnswerType { get; internal set; }

    /// <summary>The agent who handled the session, human or virtual.</summary>
    [JsonPropertyName("agent_info")]
    [JsonInclude]
    public CcaiAgentInfo? AgentInfo { get; internal set; }

    /// <summary>The id the CRM gave the session's ticket, as text even when the file writes a number (likely but unconfirmed key).</summary>
    [JsonPropertyName("out_ticket_id")]
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    [JsonInclude]
    public string? OutTicketId { get; internal set; }

    /// <summary>The address of the CRM ticket.</summary>
    [JsonPropertyName("out_ticket_url")]
    [JsonInclude]
    public string? OutTicketUrl { get; internal set; }

    /// <summary>Whether the end-user agreed to be recorded.</summary>
    [JsonPropertyName("recording_permission")]
    [JsonInclude]
    public CcaiRecordingPermission? RecordingPermission { get; internal set; }

    /// <summary>The address of this session's recording.</summary>
    [JsonPropertyName("recording_url")]
    [JsonInclude]
    public string? RecordingUrl { get; internal set; }

    /// <summary>The public number of the queue the end-user called (inbound only).</summary>
    [JsonPropertyName("support_number")]
    [JsonInclude]
    public string? SupportNumber { get; internal set; }

    /// <summary>The agent's outbound number the call was dialed from (likely but unconfirmed key).</summary>
    [JsonPropertyName("outbound_number")]
    [JsonInclude]
    public string? OutboundNumber { get; internal set; }

    /// <summary>The leaf menu the session was routed through, with its channel (likely but unconfirmed; a file that names it <c>menu</c> keeps it in <see cref="ExtensionData"/>).</summary>
    [JsonPropertyName("selected_menu")]
    [JsonInclude]
    public CcaiMenu? SelectedMenu { get; internal set; }

    /// <summary>The menu path and its id, the tree of queue ids the session went through (likely but unconfirmed).</summary>
    [JsonPropertyName("menu_path")]
    [JsonInclude]
    public CcaiMenuPath? MenuPath { get; internal set; }

    /// <summary>The queue priority routing order, 1 to 8 (likely but unconfirmed key).</summary>
    [JsonPropertyName("queue_priority_level")]
    [JsonInclude]
    public int? QueuePriorityLevel { get; internal set; }

    /// <summary>The CSAT rating, 1 to 4, captured after the session; <see langword="null"/> or 0 when none was given.</summary>
    [JsonPropertyName("rating")]
    [JsonInclude]
    public int? Rating { get; internal set; }

    /// <summary>Whether the end-user left CSAT feedback (likely but unconfirmed).</summary>
    [JsonPropertyName("has_feedback")]
    [JsonInclude]
    public bool? HasFeedback { get; internal set; }

    /// <summary>The end-user's CSAT comment (likely but unconfirmed key).</summary>
    [JsonPropertyName("comment")]
    [JsonInclude]
    public string? Comment { get; internal set; }

    /// <summary>Each transfer to another agent or menu, in order (likely but unconfirmed shape).</summary>
    [JsonPropertyName("transfers")]
    [JsonInclude]
    public IReadOnlyList<CcaiTransfer>? Transfers { get; internal set => field = Core.Json.WireList.WithoutNullsOrNull(value); }

    /// <summary>
    /// Whether and where the session was deflected (overcapacity or after hours), for example
    /// <c>after_hours_message_only</c>, or <c>no_deflection</c>.
    /// </summary>
    [JsonPropertyName("deflection")]
    [JsonInclude]
    public string? Deflection { get; internal set; }

    /// <summary>The disposition code and notes the agent applied at the end, or its plain text (<see cref="CcaiDisposition.Text"/>).</summary>
    [JsonPropertyName("disposition")]
    [JsonConverter(typeof(CcaiDispositionJsonConverter))]
    [JsonInclude]
    public CcaiDisposition? Disposition { get; internal set; }

    /// <summary>Why the session failed, for a <see cref="CcaiSessionStatus.Failed"/> session (likely but unconfirmed).</summary>
    [JsonPropertyName("fail_reason")]
    [JsonInclude]
    public string? FailReason { get; internal set; }

    /// <summary>The platform's details about the failure, free text (likely but unconfirmed).</summary>
    [JsonPropertyName("fail_details")]
    [JsonInclude]
    public string? FailDetails { get; internal set; }

    /// <summary>Why the session went to voicemail, or <c>not_voicemail</c> (likely but unconfirmed).</summary>
    [JsonPropertyName("voicemail_reason")]
    [JsonInclude]
    public string? VoicemailReason { get; internal set; }

    /// <summary>Which side ended the session, for example <c>disconnected_by_end_user</c> (likely but unconfirmed).</summary>
    [JsonPropertyName("disconnected_by")]
    [JsonInclude]
    public string? DisconnectedBy { get; internal set; }

    /// <summary>SmartAction: whether the end-user or device owner was verified.</summary>
    [JsonPropertyName("verified")]
    [JsonInclude]
    public bool? Verified { get; internal set; }

    /// <summary>SmartAction: photos and screenshots the end-user uploaded.</summary>
    [JsonPropertyName("photos")]
    [JsonInclude]
    public IReadOnlyList<CcaiMediaItem>? Photos { get; internal set => field = Core.Json.WireList.WithoutNullsOrNull(value); }

    /// <summary>SmartAction: video files the end-user uploaded.</summary>
    [JsonPropertyName("videos")]
    [JsonInclude]
    public IReadOnlyList<CcaiMediaItem>? Videos { get; internal set => field = Core.Json.WireList.WithoutNullsOrNull(value); }

    /// <summary>Everyone who took part: agents, the end-user and third parties, one record per join (likely but unconfirmed shape).</summary>
    [JsonPropertyName("participants")]
    [JsonInclude]
    public IReadOnlyList<CcaiParticipant>? Participants { get; internal set => field = Core.Json.WireList.WithoutNullsOrNull(value); }
}
