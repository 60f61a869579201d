using System.Text.Json.Serialization;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>An outbound call an agent places through the Apps API (<c>POST /calls</c>, call type <c>Voice Outbound (API)</c>).</summary>
public sealed class NewOutboundCall
{
    /// <summary>The email of the agent who places the call; required.</summary>
    [JsonPropertyName("agent_email")]
    public required string AgentEmail { get; init; }

    /// <summary>The end-user's number; a <see cref="TicketId"/> wins over it.</summary>
    [JsonPropertyName("end_user_number")]
    public string? EndUserNumber { get; init; }

    /// <summary>The CRM ticket the call belongs to; when set, the number comes from the ticket.</summary>
    [JsonPropertyName("ticket_id")]
    public string? TicketId { get; init; }

    /// <summary>The number to call from; the default outbound number when not set.</summary>
    [JsonPropertyName("outbound_number")]
    public string? OutboundNumber { get; init; }

    /// <summary>The language, ISO 639-1 (default <c>en</c>).</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; init; }

    [JsonPropertyName("call_type")]
    [JsonInclude]
    internal string CallType => "Voice Outbound (API)";
}
