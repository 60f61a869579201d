using System.Text.Json.Serialization;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>An incoming call created through the Apps API (<c>POST /calls</c>, call type <c>Voice Inbound (API)</c>).</summary>
public sealed class NewInboundCall
{
    /// <summary>The menu (queue) the call enters; only IVR and web menu ids are accepted. Required.</summary>
    [JsonPropertyName("menu_id")]
    public required long MenuId { get; init; }

    /// <summary>The end-user's number; required.</summary>
    [JsonPropertyName("end_user_number")]
    public required string EndUserNumber { get; init; }

    /// <summary>The language, ISO 639-1 (default <c>en</c>).</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; init; }

    /// <summary>The CRM ticket; wins over the number.</summary>
    [JsonPropertyName("ticket_id")]
    public string? TicketId { get; init; }

    /// <summary>The number to call from.</summary>
    [JsonPropertyName("outbound_number")]
    public string? OutboundNumber { get; init; }

    /// <summary>Whether the end-user agreed to recording (default not asked); used only when the queue asks for permission.</summary>
    [JsonIgnore]
    public CcaiRecordingPermission? RecordingPermission { get; init; }

    [JsonPropertyName("call_type")]
    [JsonInclude]
    internal string CallType => "Voice Inbound (API)";

    [JsonPropertyName("recording_permission")]
    [JsonInclude]
    internal string? RecordingPermissionInput => CcaiAppsClient.InputForm(RecordingPermission);
}
