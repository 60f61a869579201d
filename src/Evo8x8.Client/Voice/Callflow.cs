using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Voice.Json;
using NodaTime;

namespace Evo8x8.Client.Voice;

/// <summary>
/// The body of 8x8's callflows request: the ordered actions of one voice session and an optional deadline
/// after which 8x8 must not start it. Build one with <see cref="CallflowBuilder"/>, which validates it.
/// </summary>
[JsonConverter(typeof(CallflowJsonConverter))]
public sealed record Callflow
{
    /// <summary>Creates a callflow from actions already made; prefer <see cref="CallflowBuilder"/>, which validates.</summary>
    /// <param name="actions">The actions, in the order 8x8 runs them.</param>
    /// <param name="validUntil">The moment after which 8x8 refuses the request (-1015); <see langword="null"/> for none.</param>
    [JsonConstructor]
    public Callflow(IReadOnlyList<CallflowAction> actions, Instant? validUntil = null)
    {
        ArgumentNullException.ThrowIfNull(actions);
        Actions = actions;
        ValidUntil = validUntil;
    }

    /// <summary>The moment after which 8x8 refuses to start the session, written as <c>YYYY-MM-DDTHH:MM:SS.SSSZ</c>.</summary>
    [JsonPropertyOrder(0)]
    public Instant? ValidUntil { get; }

    /// <summary>The actions, in the order 8x8 runs them (JSON <c>callflow</c>).</summary>
    [JsonPropertyName("callflow")]
    [JsonPropertyOrder(1)]
    public IReadOnlyList<CallflowAction> Actions { get; }

    /// <summary>
    /// Your identifier for this call (JSON <c>clientRequestId</c>, at most 50 characters), echoed by the session summary as
    /// <see cref="Webhooks.SessionSummaryPayload.ClientRequestId"/>; omitted when <see langword="null"/>. A correlation id,
    /// not an idempotency key: sending the same value twice places two calls, so it is never a reason to resend.
    /// </summary>
    [JsonPropertyOrder(2)]
    public string? ClientRequestId { get; init; }

    /// <summary>
    /// Your identifier for a group of calls (JSON <c>clientBatchId</c>, at most 50 characters): set the same value on several
    /// requests and every session summary of the group echoes it as <see cref="Webhooks.SessionSummaryPayload.ClientBatchId"/>.
    /// </summary>
    [JsonPropertyOrder(3)]
    public string? ClientBatchId { get; init; }

    /// <summary>
    /// The warnings validation found when the flow was built: cases 8x8's own sources disagree on, which do not
    /// block sending. Empty when there were none or the flow was not made by <see cref="CallflowBuilder"/>; never sent.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<CallflowProblem> Warnings { get; init; } = [];

    /// <summary>
    /// The rules a builder already checked this flow against, so that sending it with the same rules does not check it
    /// again; <see langword="null"/> for a flow made by hand.
    /// </summary>
    [JsonIgnore]
    internal CallflowValidationOptions? ValidatedWith { get; init; }

    /// <summary>The request body exactly as it is sent to 8x8, for logs and inspection (it holds no secret).</summary>
    /// <returns>Compact JSON.</returns>
    public string ToJson() => WireJson.Serialize(this, VoiceJsonContext.Wire.Callflow);
}
