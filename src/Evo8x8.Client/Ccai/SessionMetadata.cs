using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// One CCAI Platform session metadata file: what the platform recorded about a voice or chat session, written to
/// external storage (as <c>metadata.json</c>) or a CRM record about 15 minutes after the session ends.
/// </summary>
/// <remarks>
/// Call and chat records share this type: the fields both carry appear once, the call-only and chat-only fields
/// (<see cref="CallDuration"/>, <see cref="ChatDuration"/>, …) are <see langword="null"/> in the other kind.
/// Keys are snake_case except the call's <c>subStatus</c>. Every timestamp keeps the offset the platform wrote; durations are
/// seconds in the file. Whatever this type does not name is kept in <see cref="ExtensionData"/>, so nothing in a
/// file is lost. Read many of them with <see cref="SessionMetadataReader"/>.
/// </remarks>
public sealed partial class SessionMetadata
{
    private IDictionary<string, JsonElement>? _extensionData;
    private byte[]? _unknownMembers;

    /// <summary>The session id, the identifier of the interaction (for example <c>12345</c>).</summary>
    [JsonPropertyName("id")]
    [JsonInclude]
    public long Id { get; internal set; }

    /// <summary>The id of the session this one continues, for example after a transfer (likely but unconfirmed).</summary>
    [JsonPropertyName("parent_id")]
    [JsonInclude]
    public long? ParentId { get; internal set; }

    /// <summary>The language selected for the session, an ISO 639 code such as <c>en</c>.</summary>
    [JsonPropertyName("lang")]
    [JsonInclude]
    public string? Lang { get; internal set; }

    /// <summary>The session type in the platform's legacy set of types (<c>call_type</c>).</summary>
    [JsonPropertyName("call_type")]
    [JsonInclude]
    public CcaiSessionType? CallType { get; internal set; }

    /// <summary>The deprecated twin of <see cref="CallType"/> (<c>session_type</c>).</summary>
    [JsonPropertyName("session_type")]
    [JsonInclude]
    public CcaiSessionType? SessionType { get; internal set; }

    /// <summary>The session type in the current, more detailed set of types (<c>session_type_v2</c>).</summary>
    [JsonPropertyName("session_type_v2")]
    [JsonInclude]
    public CcaiSessionType? SessionTypeV2 { get; internal set; }

    /// <summary>
    /// The most precise type the file gives: <see cref="SessionTypeV2"/>, else <see cref="CallType"/> or
    /// <see cref="ChatType"/>, else <see cref="SessionType"/>.
    /// </summary>
    [JsonIgnore]
    public CcaiSessionType? Type => SessionTypeV2 ?? CallType ?? ChatType ?? SessionType;

    /// <summary>Where the session is in its lifecycle, for a finished file usually <see cref="CcaiSessionStatus.Finished"/>.</summary>
    [JsonPropertyName("status")]
    [JsonInclude]
    public CcaiSessionStatus? Status { get; internal set; }

    /// <summary>
    /// A more detailed status in the platform's words, for example <c>connected_with_agent</c>: key <c>subStatus</c>
    /// in call records, <c>sub_status</c> in chat records.
    /// </summary>
    [JsonPropertyName("subStatus")]
    [JsonInclude]
    public string? SubStatus { get; internal set; }

    /// <summary>When the session was created in the platform.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? CreatedAt { get; internal set; }

    /// <summary>When the session entered a queue; <see langword="null"/> if it never queued.</summary>
    [JsonPropertyName("queued_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? QueuedAt { get; internal set; }

    /// <summary>When an agent was assigned; <see langword="null"/> if none was.</summary>
    [JsonPropertyName("assigned_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? AssignedAt { get; internal set; }

    /// <summary>When agent and end-user were connected.</summary>
    [JsonPropertyName("connected_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? ConnectedAt { get; internal set; }

    /// <summary>When the session ended (key <c>ends_at</c>).</summary>
    [JsonPropertyName("ends_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? EndsAt { get; internal set; }

    /// <summary>When a scheduled call was due to take place.</summary>
    [JsonPropertyName("scheduled_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? ScheduledAt { get; internal set; }

    /// <summary>When this metadata was last updated.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? UpdatedAt { get; internal set; }

    /// <summary>How long the end-user waited in queue (<c>wait_duration</c>, seconds in the file).</summary>
    [JsonPropertyName("wait_duration")]
    [JsonConverter(typeof(SecondsDurationJsonConverter))]
    [JsonInclude]
    public Duration? WaitDuration { get; internal set; }

    /// <summary>Queue time under the name Google's newer call object uses (<c>queue_duration</c>; likely but unconfirmed here).</summary>
    [JsonPropertyName("queue_duration")]
    [JsonConverter(typeof(SecondsDurationJsonConverter))]
    [JsonInclude]
    public Duration? QueueDuration { get; internal set; }

    /// <summary>
    /// The handle time (<c>call_duration</c>): from agent assignment, including before-call work for preview
    /// campaign calls, to the end of wrap-up; call or chat alike.
    /// </summary>
    [JsonPropertyName("call_duration")]
    [JsonConverter(typeof(SecondsDurationJsonConverter))]
    [JsonInclude]
    public Duration? CallDuration { get; internal set; }

    /// <summary>The total time the agent held the end-user in this interaction, however many holds there were.</summary>
    [JsonPropertyName("hold_duration")]
    [JsonConverter(typeof(SecondsDurationJsonConverter))]
    [JsonInclude]
    public Duration? HoldDuration { get; internal set; }

    /// <summary>
    /// Every field of the file this type does not name (diagnostics, fields the platform adds later), kept as it
    /// was; <see langword="null"/> when there were none.
    /// </summary>
    /// <remarks>
    /// Read from a batch, the members are kept as their text and made into this dictionary the first time it is read
    /// (once, whichever thread reads it first).
    /// </remarks>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData
    {
        get => _extensionData ?? (_unknownMembers is null ? null : UnknownMembers.Parse(ref _extensionData, _unknownMembers));
        internal set => _extensionData = value;
    }

    /// <summary>Keeps the unknown members' text (<c>{"name": value, …}</c>) for <see cref="ExtensionData"/>; null for none.</summary>
    internal void KeepUnknownMembers(byte[]? text) => _unknownMembers = text;
}
