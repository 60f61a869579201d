using System.Text.Json.Serialization;
using NodaTime;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>A call scheduled through the Apps API (<c>POST /calls</c>, call type <c>Voice Scheduled (API)</c>).</summary>
public sealed class NewScheduledCall
{
    /// <summary>The menu the call enters (mobile and web menu ids); set this or <see cref="CallId"/>.</summary>
    [JsonPropertyName("menu_id")]
    public long? MenuId { get; init; }

    /// <summary>An earlier call to schedule a call back for; set this or <see cref="MenuId"/>.</summary>
    [JsonPropertyName("call_id")]
    public long? CallId { get; init; }

    /// <summary>The end-user's number; required.</summary>
    [JsonPropertyName("end_user_number")]
    public required string EndUserNumber { get; init; }

    /// <summary>When the call should take place.</summary>
    [JsonPropertyName("scheduled_at")]
    public required Instant ScheduledAt { get; init; }

    /// <summary>The language, ISO 639-1 (default <c>en</c>).</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; init; }

    /// <summary>Whether the end-user agreed to recording (default not asked).</summary>
    [JsonIgnore]
    public CcaiRecordingPermission? RecordingPermission { get; init; }

    [JsonPropertyName("call_type")]
    [JsonInclude]
    internal string CallType => "Voice Scheduled (API)";

    [JsonPropertyName("recording_permission")]
    [JsonInclude]
    internal string? RecordingPermissionInput => CcaiAppsClient.InputForm(RecordingPermission);
}
