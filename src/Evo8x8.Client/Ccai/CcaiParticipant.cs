using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// One participation in the session (<c>participants</c>): an agent, the end-user or a third party. A person who
/// leaves and rejoins appears twice. The keys are likely but unconfirmed; the rest is kept in <see cref="ExtensionData"/>.
/// </summary>
public sealed class CcaiParticipant
{
    /// <summary>The platform's id of this participation record.</summary>
    [JsonPropertyName("id")]
    [JsonInclude]
    public long? Id { get; internal set; }

    /// <summary>Who took part, for example <c>agent</c>, <c>end_user</c> or <c>external_user</c>.</summary>
    [JsonPropertyName("type")]
    [JsonInclude]
    public string? Type { get; internal set; }

    /// <summary>The participant's state when the file was written, for example <c>finished</c>.</summary>
    [JsonPropertyName("status")]
    [JsonInclude]
    public string? Status { get; internal set; }

    /// <summary>The user id of the agent or end-user, when the participant has one.</summary>
    [JsonPropertyName("user_id")]
    [JsonInclude]
    public long? UserId { get; internal set; }

    /// <summary>The phone number of a third party (personal data).</summary>
    [JsonPropertyName("phone_number")]
    [JsonInclude]
    public string? PhoneNumber { get; internal set; }

    /// <summary>When the participant joined, with the offset the platform wrote.</summary>
    [JsonPropertyName("connected_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? ConnectedAt { get; internal set; }

    /// <summary>When the participant left, with the offset the platform wrote.</summary>
    [JsonPropertyName("ended_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? EndedAt { get; internal set; }

    /// <summary>Every field of the object this type does not name, kept as it was in the file.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
