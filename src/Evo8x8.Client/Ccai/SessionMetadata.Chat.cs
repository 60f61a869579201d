using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Ccai;

// The fields only chat records carry, and the views that treat call and chat alike.
public sealed partial class SessionMetadata
{
    /// <summary>The chat type in the legacy set of types (<c>chat_type</c>), the chat twin of <see cref="CallType"/>.</summary>
    [JsonPropertyName("chat_type")]
    [JsonInclude]
    public CcaiSessionType? ChatType { get; internal set; }

    /// <summary>How long the chat lasted (<c>chat_duration</c>, seconds in the file), the chat twin of <see cref="CallDuration"/>.</summary>
    [JsonPropertyName("chat_duration")]
    [JsonConverter(typeof(SecondsDurationJsonConverter))]
    [JsonInclude]
    public Duration? ChatDuration { get; internal set; }

    /// <summary>When the first message of the chat was sent.</summary>
    [JsonPropertyName("first_msg_sent_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? FirstMessageSentAt { get; internal set; }

    /// <summary>When the last message of the chat was sent.</summary>
    [JsonPropertyName("last_msg_sent_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? LastMessageSentAt { get; internal set; }

    /// <summary>The handle time of a call or a chat alike: <see cref="CallDuration"/>, else <see cref="ChatDuration"/>.</summary>
    [JsonIgnore]
    public Duration? HandleTime => CallDuration ?? ChatDuration;

    /// <summary>True for a chat record: its type is a messaging type, or it carries chat-only fields.</summary>
    [JsonIgnore]
    public bool IsChat => Type is { } type ? type.IsMessaging : ChatType is not null || ChatDuration is not null;

    // Chat records spell the key sub_status; both spellings land in SubStatus, and it is written back once, as subStatus.
    [JsonPropertyName("sub_status")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal string? ChatSubStatus
    {
        get => null;
        set => SubStatus ??= value;
    }
}
