using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>channel</c> of a session: the kind of conversation its flow runs. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<FlowChannel>))]
public readonly partial record struct FlowChannel(string Value) : IWireValue<FlowChannel>
{
    /// <summary><c>Voice</c>: a phone call.</summary>
    public static FlowChannel Voice { get; } = new("Voice");

    /// <summary><c>Chat</c>: a text chat (SMS or web).</summary>
    public static FlowChannel Chat { get; } = new("Chat");

    /// <summary><c>Fax</c>: a fax.</summary>
    public static FlowChannel Fax { get; } = new("Fax");
}
