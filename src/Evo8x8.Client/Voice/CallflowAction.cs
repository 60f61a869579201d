using System.Text.Json.Serialization;
using Evo8x8.Client.Voice.Json;

namespace Evo8x8.Client.Voice;

/// <summary>
/// One step of a callflow, written as <c>{"action": …, "params": {…}}</c>. The set is closed: the five
/// actions 8x8 documents are <see cref="MakeCallAction"/>, <see cref="SayAction"/>, <see cref="PlayFileAction"/>,
/// <see cref="SayAndCaptureAction"/> and <see cref="HangupAction"/>.
/// </summary>
[JsonConverter(typeof(CallflowActionJsonConverter))]
public abstract record CallflowAction
{
    private protected CallflowAction(string action) => Action = action;

    /// <summary>The action's name on the wire, for example <c>makeCall</c>.</summary>
    [JsonIgnore]
    public string Action { get; }
}
