using Evo8x8.Client.Http;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.VoiceMessaging;

/// <summary>The callflows resource over HTTP.</summary>
internal sealed class CallflowsApi(JsonApiConnection connection, VoiceClientOptions options, CallflowValidationOptions validation) : ICallflowsApi
{
    private readonly SubAccountResource _callflows = new(options, "callflows");

    public async Task<CallflowResult> SendAsync(Callflow callflow, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callflow);
        if (options.ValidateCallflows)
        {
            List<CallflowProblem> problems = CallflowRules.Validate(callflow.Actions, callflow.ValidUntil, validation, isReply: false);
            if (problems.Count > 0)
            {
                throw new CallflowValidationException(problems);
            }
        }

        var route = _callflows.Route(HttpMethod.Post);
        using ByteArrayContent body = JsonApiConnection.JsonBody(callflow, Evo8x8JsonContext.Default.Callflow);
        CallflowResult result = await connection.SendAsync(route, body, Evo8x8JsonContext.Default.CallflowResult, cancellationToken).ConfigureAwait(false);
        if (result.SessionStatus != CallflowSessionStatus.Created || !result.StatusCode.IsSuccess)
        {
            throw new VoiceApiException(
                $"8x8 did not create the session ({result.SessionStatus}): {result.StatusCode} {result.StatusMessage}",
                System.Net.HttpStatusCode.OK,
                result.StatusCode,
                result.SessionStatus,
                result.StatusMessage,
                result.CallFlowRequestId);
        }

        return result;
    }
}
