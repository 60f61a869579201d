using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>direction</c> of a chat message: whether the account received or sent it. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<MessageDirection>))]
public readonly partial record struct MessageDirection(string Value) : IWireValue<MessageDirection>
{
    /// <summary><c>Incoming</c>: the account received the message.</summary>
    public static MessageDirection Incoming { get; } = new("Incoming");

    /// <summary><c>Outgoing</c>: the account sent the message.</summary>
    public static MessageDirection Outgoing { get; } = new("Outgoing");
}
