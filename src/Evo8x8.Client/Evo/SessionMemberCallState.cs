using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>callState</c> of one member of a session: where that member's leg stands. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<SessionMemberCallState>))]
public readonly partial record struct SessionMemberCallState(string Value) : IWireValue<SessionMemberCallState>
{
    /// <summary><c>None</c>: the member has no call leg.</summary>
    public static SessionMemberCallState None { get; } = new("None");

    /// <summary><c>Ringing</c>: the member is being rung.</summary>
    public static SessionMemberCallState Ringing { get; } = new("Ringing");

    /// <summary><c>Connected</c>: the member is connected.</summary>
    public static SessionMemberCallState Connected { get; } = new("Connected");

    /// <summary><c>Hold</c>: the member is on hold.</summary>
    public static SessionMemberCallState Hold { get; } = new("Hold");
}
