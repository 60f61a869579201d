using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>channel</c> of a session: the kind of conversation its flow runs. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<FlowChannel>))]
public readonly record struct FlowChannel(string Value) : IWireValue<FlowChannel>
{
    /// <summary><c>Voice</c>: a phone call.</summary>
    public static FlowChannel Voice { get; } = new("Voice");

    /// <summary><c>Chat</c>: a text chat (SMS or web).</summary>
    public static FlowChannel Chat { get; } = new("Chat");

    /// <summary><c>Fax</c>: a fax.</summary>
    public static FlowChannel Fax { get; } = new("Fax");

    static IReadOnlyList<FlowChannel> IWireValue<FlowChannel>.Known { get; } = [Voice, Chat, Fax];

    string IWireValue<FlowChannel>.WireText => Value;

    static FlowChannel IWireValue<FlowChannel>.FromWire(string text) => new(text);

    /// <summary>The text as Evo sends it.</summary>
    public override string ToString() => Value ?? string.Empty;
}
