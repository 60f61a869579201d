using System.Buffers;
using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Voice.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The answer to a call action webhook, <c>{"clientActionId": …, "callflow": [ … ]}</c>: the next steps of the live
/// call (an IVR menu, a transfer, a goodbye). Build one with <see cref="CallflowBuilder.BuildReply"/>, which validates it.
/// </summary>
public sealed record CallActionReply
{
    /// <summary>Creates a reply from actions already made; prefer <see cref="CallflowBuilder.BuildReply"/>, which validates.</summary>
    /// <param name="actions">The next steps, in the order 8x8 runs them.</param>
    /// <param name="clientActionId">An id of your choosing that 8x8 echoes in the next call action event.</param>
    [JsonConstructor]
    public CallActionReply(IReadOnlyList<CallflowAction> actions, string? clientActionId = null)
    {
        ArgumentNullException.ThrowIfNull(actions);
        Actions = actions;
        ClientActionId = clientActionId;
    }

    /// <summary>The id 8x8 echoes as <see cref="CallEventPayload.ClientActionId"/>, to tell which menu an answer belongs to.</summary>
    [JsonPropertyOrder(0)]
    public string? ClientActionId { get; }

    /// <summary>The next steps of the call (JSON <c>callflow</c>), in order.</summary>
    [JsonPropertyName("callflow")]
    [JsonPropertyOrder(1)]
    public IReadOnlyList<CallflowAction> Actions { get; }

    /// <summary>
    /// The warnings validation found when the reply was built: cases 8x8's own sources disagree on, which do not
    /// block it. Empty when there were none or the reply was not made by <see cref="CallflowBuilder"/>; never sent.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<CallflowProblem> Warnings { get; init; } = [];

    /// <summary>
    /// The reply as the JSON text 8x8 expects in the webhook's response body, escaped as callflows are
    /// (<c>+6512341234</c> and <c>Hi &amp; bye</c> as such, not <c>\u002B</c> or <c>\u0026</c>).
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => WireJson.Serialize(this, VoiceJsonContext.Wire.CallActionReply);

    /// <summary>Writes the reply's UTF-8 JSON, the same as <see cref="ToJson"/>, to a buffer writer, for example an HTTP response's <c>BodyWriter</c>.</summary>
    /// <param name="destination">Where to write.</param>
    public void WriteTo(IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        WireJson.Write(destination, this, VoiceJsonContext.Wire.CallActionReply);
    }
}
