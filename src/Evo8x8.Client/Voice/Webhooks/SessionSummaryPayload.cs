using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The payload of a session summary: how the session ended, its error if any, and every call leg in the order
/// 8x8 listed them. Any field 8x8 leaves out is <see langword="null"/>; fields 8x8 adds later are kept in <see cref="ExtensionData"/>.
/// </summary>
public sealed record SessionSummaryPayload
{
    private Dictionary<string, CallLeg?>? _details;
    private CallLegCollection _legs = CallLegCollection.Empty;

    /// <summary>The voice session's id (a UUID), the same one the callflow request returned.</summary>
    [JsonInclude]
    public string? SessionId { get; internal set; }

    /// <summary>The 8x8 subaccount the session ran under.</summary>
    [JsonInclude]
    public string? SubAccountId { get; internal set; }

    /// <summary>How the session ended, including the opt-out outcomes.</summary>
    [JsonInclude]
    public VoiceSessionStatus? SessionStatus { get; internal set; }

    /// <summary>When the session started.</summary>
    [JsonInclude]
    public Instant? StartTime { get; internal set; }

    /// <summary>When the session ended.</summary>
    [JsonInclude]
    public Instant? EndTime { get; internal set; }

    /// <summary>The last command the session executed, for example <c>MAKE_CALL</c>.</summary>
    [JsonInclude]
    public string? LastAction { get; internal set; }

    /// <summary>How many call legs were bridged in the session.</summary>
    [JsonInclude]
    public int? CallCount { get; internal set; }

    /// <summary>
    /// The <c>clientRequestId</c> you set on the callflow request, echoed so the summary can be matched to it;
    /// <see langword="null"/> when none was set (8x8's pages document it on some summaries only, so never require it).
    /// </summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    [JsonInclude]
    public string? ClientRequestId { get; internal set; }

    /// <summary>
    /// The <c>clientBatchId</c> you set on the callflow request, the same on every call of the group; <see langword="null"/>
    /// when none was set. Its place beside <c>clientRequestId</c> is 8x8's release note's reading, not yet a published sample.
    /// </summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    [JsonInclude]
    public string? ClientBatchId { get; internal set; }

    /// <summary>Why the session failed; <see langword="null"/> when it did not.</summary>
    [JsonInclude]
    public SessionErrorDetails? ErrorDetails { get; internal set; }

    /// <summary>
    /// The call legs (JSON <c>details</c>), in order and keyed by their name; 8x8 spells the key both
    /// <c>CallA</c> and <c>callA</c>, so lookups ignore case. Empty, never <see langword="null"/>, when absent.
    /// </summary>
    [JsonIgnore]
    public CallLegCollection Legs { get => _legs; init => _legs = value ?? CallLegCollection.Empty; }

    // The serializer reads details natively (one pass, full error paths) and sets it once filled; the legs are
    // named and ordered from it here.
    [JsonInclude]
    [JsonPropertyName("details")]
    internal Dictionary<string, CallLeg?>? Details
    {
        get => _details;
        set
        {
            _details = value;
            _legs = value is { Count: > 0 } ? CallLegCollection.FromDetails(value) : CallLegCollection.Empty;
        }
    }

    /// <summary>The JSON members of the summary this SDK does not name, kept as sent so a field 8x8 adds is readable today.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> ExtensionData => UnknownMembers.OrEmpty(Unknown);

    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? Unknown { get; set; }
}
