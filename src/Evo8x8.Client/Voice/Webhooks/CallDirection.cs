using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The <c>callDirection</c> of a call leg: whether 8x8 placed it or received it. Values 8x8 adds later are
/// kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<CallDirection>))]
public readonly partial record struct CallDirection(string Value) : IWireValue<CallDirection>
{
    /// <summary><c>INBOUND</c>: the call came in to one of your virtual numbers.</summary>
    public static CallDirection Inbound { get; } = new("INBOUND");

    /// <summary><c>OUTBOUND</c>: 8x8 placed the call (for example a callflow's makeCall).</summary>
    public static CallDirection Outbound { get; } = new("OUTBOUND");
}
