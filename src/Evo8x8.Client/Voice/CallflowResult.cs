using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Voice;

/// <summary>
/// 8x8's answer to an accepted callflow: the session it created, whose summary later arrives by webhook
/// with the same <see cref="SessionId"/>.
/// </summary>
public sealed class CallflowResult
{
    /// <summary>The id of the voice session; the session summary webhook carries it too.</summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    public string? SessionId { get; init; }

    /// <summary><see cref="CallflowSessionStatus.Created"/> for an accepted request.</summary>
    public CallflowSessionStatus SessionStatus { get; init; }

    /// <summary>The id 8x8 gave this request; quote it to 8x8 support.</summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    public string? CallFlowRequestId { get; init; }

    /// <summary>8x8's status code; <see cref="CallflowStatusCode.Created"/> on success.</summary>
    public CallflowStatusCode StatusCode { get; init; }

    /// <summary>8x8's status message, verbatim.</summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    public string? StatusMessage { get; init; }

    /// <summary>The deadline 8x8 recorded for the session, when it echoes one.</summary>
    public Instant? ValidUntil { get; init; }
}
