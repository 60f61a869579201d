using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>holdReason</c> of a session: why its call is on hold. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<SessionHoldReason>))]
public readonly partial record struct SessionHoldReason(string Value) : IWireValue<SessionHoldReason>
{
    /// <summary><c>None</c>: no particular reason, or not on hold.</summary>
    public static SessionHoldReason None { get; } = new("None");

    /// <summary><c>Transferring</c>: held while the call is being transferred.</summary>
    public static SessionHoldReason Transferring { get; } = new("Transferring");
}
