using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Evo Voice's <c>queueState</c> of a session: where it stands in a call queue. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<SessionQueueState>))]
public readonly partial record struct SessionQueueState(string Value) : IWireValue<SessionQueueState>
{
    /// <summary><c>None</c>: the session is not in a queue.</summary>
    public static SessionQueueState None { get; } = new("None");

    /// <summary><c>Queued</c>: the session waits in a queue.</summary>
    public static SessionQueueState Queued { get; } = new("Queued");

    /// <summary><c>Ringing</c>: a queue member is being rung.</summary>
    public static SessionQueueState Ringing { get; } = new("Ringing");

    /// <summary><c>Connected</c>: a queue member answered.</summary>
    public static SessionQueueState Connected { get; } = new("Connected");

    /// <summary><c>Hold</c>: the queued call is on hold.</summary>
    public static SessionQueueState Hold { get; } = new("Hold");

    /// <summary><c>Disconnected</c>: the queued call ended.</summary>
    public static SessionQueueState Disconnected { get; } = new("Disconnected");
}
