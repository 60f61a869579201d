using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>queueState</c> of a session: where it stands in a call queue. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<SessionQueueStates>))]
public readonly record struct SessionQueueStates(string Value) : IWireValue<SessionQueueStates>
{
    /// <summary><c>None</c>: the session is not in a queue.</summary>
    public static SessionQueueStates None { get; } = new("None");

    /// <summary><c>Queued</c>: the session waits in a queue.</summary>
    public static SessionQueueStates Queued { get; } = new("Queued");

    /// <summary><c>Ringing</c>: a queue member is being rung.</summary>
    public static SessionQueueStates Ringing { get; } = new("Ringing");

    /// <summary><c>Connected</c>: a queue member answered.</summary>
    public static SessionQueueStates Connected { get; } = new("Connected");

    /// <summary><c>Hold</c>: the queued call is on hold.</summary>
    public static SessionQueueStates Hold { get; } = new("Hold");

    /// <summary><c>Disconnected</c>: the queued call ended.</summary>
    public static SessionQueueStates Disconnected { get; } = new("Disconnected");

    static IReadOnlyList<SessionQueueStates> IWireValue<SessionQueueStates>.Known { get; } = [None, Queued, Ringing, Connected, Hold, Disconnected];

    string IWireValue<SessionQueueStates>.WireText => Value;

    static SessionQueueStates IWireValue<SessionQueueStates>.FromWire(string text) => new(text);

    /// <summary>The text as Evo sends it.</summary>
    public override string ToString() => Value ?? string.Empty;
}
