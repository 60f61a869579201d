namespace Evo8x8.Client.VoiceMessaging;

/// <summary>The body 8x8 sends with a failed voice request (<c>CallflowErrorResponse</c> in its OpenAPI file).</summary>
internal sealed class CallflowErrorBody
{
    public CallflowSessionStatus? SessionStatus { get; init; }

    public string? CallFlowRequestId { get; init; }

    public CallflowStatusCode? StatusCode { get; init; }

    public string? StatusMessage { get; init; }
}
