using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The <c>callStatus</c> of a call: in a session summary the outcome of a leg (<see cref="Completed"/> …
/// <see cref="Error"/>), in call action and call status events the step the call reached. Values 8x8 adds
/// later are kept with their text, never thrown on.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<CallStatus>))]
public readonly partial record struct CallStatus(string Value) : IWireValue<CallStatus>
{
    /// <summary><c>COMPLETED</c> (session summary leg): the leg was answered and ended normally.</summary>
    public static CallStatus Completed { get; } = new("COMPLETED");

    /// <summary><c>NO_ANSWER</c> (session summary leg): nobody answered.</summary>
    public static CallStatus NoAnswer { get; } = new("NO_ANSWER");

    /// <summary><c>BUSY</c> (session summary leg): the line was busy.</summary>
    public static CallStatus Busy { get; } = new("BUSY");

    /// <summary><c>CANCELED</c> (session summary leg): the leg was canceled.</summary>
    public static CallStatus Canceled { get; } = new("CANCELED");

    /// <summary><c>FAILED</c> (session summary leg): the leg could not be completed.</summary>
    public static CallStatus Failed { get; } = new("FAILED");

    /// <summary><c>ERROR</c> (session summary leg): seen in 8x8's own failure sample though its table omits it.</summary>
    public static CallStatus Error { get; } = new("ERROR");

    /// <summary><c>ACTION_COMPLETED</c> (call action): an action finished, for example input was captured.</summary>
    public static CallStatus ActionCompleted { get; } = new("ACTION_COMPLETED");

    /// <summary><c>CALL_RECEIVED</c> (call action, call status): a call reached one of your numbers.</summary>
    public static CallStatus CallReceived { get; } = new("CALL_RECEIVED");

    /// <summary><c>DTMF_RECEIVED</c> (call action in one guide, call status): key presses arrived.</summary>
    public static CallStatus DtmfReceived { get; } = new("DTMF_RECEIVED");

    /// <summary><c>CALL_INITIATED</c> (call status): 8x8 started placing the call.</summary>
    public static CallStatus CallInitiated { get; } = new("CALL_INITIATED");

    /// <summary><c>CALL_CONNECTED</c> (call status): the call was answered.</summary>
    public static CallStatus CallConnected { get; } = new("CALL_CONNECTED");

    /// <summary><c>CALL_DISCONNECTED</c> (call status): the call ended.</summary>
    public static CallStatus CallDisconnected { get; } = new("CALL_DISCONNECTED");

    /// <summary><c>CALL_UPDATED</c> (call status): something about the running call changed.</summary>
    public static CallStatus CallUpdated { get; } = new("CALL_UPDATED");
}
