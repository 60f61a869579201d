using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>The quality indicators 8x8 measured on a call leg; each is <see langword="null"/> when not measured.</summary>
public sealed record CallQuality
{
    private UnknownMemberStore? _unknown;

    /// <summary>Mean Opinion Score: the human-judged overall quality, from 1 (bad) to 5 (excellent).</summary>
    [JsonInclude]
    public double? Mos { get; internal set; }

    /// <summary>The share of packets lost on the leg's network path.</summary>
    [JsonInclude]
    public double? PacketLossRate { get; internal set; }

    /// <summary>The variation in packet delay (8x8 documents an integer; fractions are kept).</summary>
    [JsonInclude]
    public double? Jitter { get; internal set; }

    /// <summary>The JSON members of the quality object this SDK does not name, kept as sent so a field 8x8 adds is readable today.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> ExtensionData => _unknown?.View ?? UnknownMembers.Empty;

    // Built from the store on first use: what the context writes from, and fills when it reads the model itself.
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? Unknown { get => _unknown?.Members; set => _unknown = UnknownMemberStore.Of(value, _unknown); }

    // Where WebhookParser's reader keeps the members it does not know, until someone reads them.
    internal UnknownMemberStore? UnknownStore { get => _unknown; set => _unknown = value; }
}
