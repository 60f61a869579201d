using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// One transfer of the session to another agent or menu (<c>transfers</c>). Google documents that transfers are
/// recorded but not their keys, so every property here is likely but unconfirmed and may be
/// <see langword="null"/>; the whole object is always kept, the rest in <see cref="ExtensionData"/>.
/// </summary>
public sealed class CcaiTransfer
{
    /// <summary>The platform's id of the transfer.</summary>
    [JsonPropertyName("id")]
    [JsonInclude]
    public long? Id { get; internal set; }

    /// <summary>What the session was transferred to, for example <c>agent</c>, <c>menu</c> or <c>phone</c>.</summary>
    [JsonPropertyName("transfer_type")]
    [JsonInclude]
    public string? TransferType { get; internal set; }

    /// <summary>The outcome of the transfer, for example <c>completed</c> or <c>failed</c>.</summary>
    [JsonPropertyName("status")]
    [JsonInclude]
    public string? Status { get; internal set; }

    /// <summary>The agent who transferred the session.</summary>
    [JsonPropertyName("from_agent")]
    [JsonInclude]
    public CcaiAgentInfo? FromAgent { get; internal set; }

    /// <summary>The agent who received the session, for a transfer to an agent.</summary>
    [JsonPropertyName("to_agent")]
    [JsonInclude]
    public CcaiAgentInfo? ToAgent { get; internal set; }

    /// <summary>The menu (queue) that received the session, for a transfer to a menu.</summary>
    [JsonPropertyName("to_menu")]
    [JsonInclude]
    public CcaiMenu? ToMenu { get; internal set; }

    /// <summary>When the transfer was made, with the offset the platform wrote.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? CreatedAt { get; internal set; }

    /// <summary>Every field of the object this type does not name, kept as it was in the file.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
