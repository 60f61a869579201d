using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>dialState</c> of a session: whether it is dialing out right now. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<SessionDialState>))]
public readonly partial record struct SessionDialState(string Value) : IWireValue<SessionDialState>
{
    /// <summary><c>None</c>: not dialing.</summary>
    public static SessionDialState None { get; } = new("None");

    /// <summary><c>Active</c>: dialing is under way.</summary>
    public static SessionDialState Active { get; } = new("Active");
}
