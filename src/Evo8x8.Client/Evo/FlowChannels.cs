using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>channel</c> of a session: the kind of conversation its flow runs. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<FlowChannels>))]
public readonly record struct FlowChannels(string Value) : IWireValue<FlowChannels>
{
    /// <summary><c>Voice</c>: a phone call.</summary>
    public static FlowChannels Voice { get; } = new("Voice");

    /// <summary><c>Chat</c>: a text chat (SMS or web).</summary>
    public static FlowChannels Chat { get; } = new("Chat");

    /// <summary><c>Fax</c>: a fax.</summary>
    public static FlowChannels Fax { get; } = new("Fax");

    static IReadOnlyList<FlowChannels> IWireValue<FlowChannels>.Known { get; } = [Voice, Chat, Fax];

    string IWireValue<FlowChannels>.WireText => Value;

    static FlowChannels IWireValue<FlowChannels>.FromWire(string text) => new(text);

    /// <summary>The text as Evo sends it.</summary>
    public override string ToString() => Value ?? string.Empty;
}
