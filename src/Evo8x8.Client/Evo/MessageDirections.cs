using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>direction</c> of a chat message: whether the account received or sent it. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<MessageDirections>))]
public readonly record struct MessageDirections(string Value) : IWireValue<MessageDirections>
{
    /// <summary><c>Incoming</c>: the account received the message.</summary>
    public static MessageDirections Incoming { get; } = new("Incoming");

    /// <summary><c>Outgoing</c>: the account sent the message.</summary>
    public static MessageDirections Outgoing { get; } = new("Outgoing");

    static IReadOnlyList<MessageDirections> IWireValue<MessageDirections>.Known { get; } = [Incoming, Outgoing];

    string IWireValue<MessageDirections>.WireText => Value;

    static MessageDirections IWireValue<MessageDirections>.FromWire(string text) => new(text);

    /// <summary>The text as Evo sends it.</summary>
    public override string ToString() => Value ?? string.Empty;
}
