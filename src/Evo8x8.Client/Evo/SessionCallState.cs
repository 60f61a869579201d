using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>callState</c> of a session: where its call stands. A new session defaults to <see cref="Connected"/>. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<SessionCallState>))]
public readonly partial record struct SessionCallState(string Value) : IWireValue<SessionCallState>
{
    /// <summary><c>Disconnected</c>: the call is over or never connected.</summary>
    public static SessionCallState Disconnected { get; } = new("Disconnected");

    /// <summary><c>Ringing</c>: the call is ringing.</summary>
    public static SessionCallState Ringing { get; } = new("Ringing");

    /// <summary><c>Connected</c>: the call is connected.</summary>
    public static SessionCallState Connected { get; } = new("Connected");

    /// <summary><c>Hold</c>: the call is on hold.</summary>
    public static SessionCallState Hold { get; } = new("Hold");

    /// <summary><c>Passive</c>: passive (Evo's reference does not describe it further).</summary>
    public static SessionCallState Passive { get; } = new("Passive");
}
