using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>direction</c> of a session: incoming or outgoing. A new session defaults to <see cref="Outgoing"/>. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<SessionDirection>))]
public readonly partial record struct SessionDirection(string Value) : IWireValue<SessionDirection>
{
    /// <summary><c>Incoming</c>: someone reached the account.</summary>
    public static SessionDirection Incoming { get; } = new("Incoming");

    /// <summary><c>Outgoing</c>: the account reached out.</summary>
    public static SessionDirection Outgoing { get; } = new("Outgoing");
}
