using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice;

/// <summary>
/// The body 8x8 sends with a failed voice request. Callflows answer <c>CallflowErrorResponse</c>
/// (<c>{sessionStatus, callFlowRequestId, statusCode, statusMessage}</c>); the other resources answer
/// <c>{errorId, statusCode, statusMessage, timestamp}</c> or, for log exports, <c>{code, message, errorId, timestamp}</c>.
/// </summary>
internal sealed class CallflowErrorBody
{
    public CallflowSessionStatus? SessionStatus { get; init; }

    [JsonConverter(typeof(NullableTextJsonConverter))]
    public string? CallFlowRequestId { get; init; }

    public CallflowStatusCode? StatusCode { get; init; }

    public string? StatusMessage { get; init; }

    /// <summary>The id 8x8 gave the failed request outside callflows (a GUID), for its support.</summary>
    public string? ErrorId { get; init; }

    /// <summary>The log export resource's name for <see cref="StatusCode"/> (for example 4018).</summary>
    public CallflowStatusCode? Code { get; init; }

    /// <summary>The log export resource's name for <see cref="StatusMessage"/>.</summary>
    public string? Message { get; init; }
}
