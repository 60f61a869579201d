using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// The agent who handled a CCAI session (<c>agent_info</c>): a human agent with id, names and contact details,
/// or a virtual agent, which carries only <see cref="VaAlias"/>.
/// </summary>
public sealed class CcaiAgentInfo
{
    /// <summary>The platform's id of the human agent.</summary>
    [JsonPropertyName("id")]
    [JsonInclude]
    public long? Id { get; internal set; }

    /// <summary>The agent's display name (personal data).</summary>
    [JsonPropertyName("name")]
    [JsonInclude]
    public string? Name { get; internal set; }

    /// <summary>The agent's first name (personal data).</summary>
    [JsonPropertyName("first_name")]
    [JsonInclude]
    public string? FirstName { get; internal set; }

    /// <summary>The agent's last name (personal data).</summary>
    [JsonPropertyName("last_name")]
    [JsonInclude]
    public string? LastName { get; internal set; }

    /// <summary>The agent's email address (personal data).</summary>
    [JsonPropertyName("email")]
    [JsonInclude]
    public string? Email { get; internal set; }

    /// <summary>The agent's number in the platform, as text even when the file writes a number.</summary>
    [JsonPropertyName("agent_number")]
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    [JsonInclude]
    public string? AgentNumber { get; internal set; }

    /// <summary>Address of the agent's avatar image.</summary>
    [JsonPropertyName("avatar_url")]
    [JsonInclude]
    public string? AvatarUrl { get; internal set; }

    /// <summary>The virtual agent's alias; present only when a virtual agent handled the session.</summary>
    [JsonPropertyName("va_alias")]
    [JsonInclude]
    public string? VaAlias { get; internal set; }

    /// <summary>True when a virtual agent, not a person, handled the session.</summary>
    [JsonIgnore]
    public bool IsVirtualAgent => VaAlias is not null;

    /// <summary>Every field of the object this type does not name, kept as it was in the file.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
