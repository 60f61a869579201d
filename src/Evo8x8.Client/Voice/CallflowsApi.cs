using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Voice;

/// <summary>The callflows resource: validation and the check of 8x8's answer over the generated <see cref="ICallflowsRoutes"/>.</summary>
internal sealed class CallflowsApi(ICallflowsRoutes routes, VoiceAccount account, bool validate, CallflowValidationOptions validation) : ICallflowsApi
{
    public async Task<CallflowResult> SendAsync(Callflow callflow, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callflow);

        // A flow built against these very rules is not checked twice; only its deadline may have passed since. The ids
        // are checked either way: a record copied with 'with' keeps the builder's mark but may carry new ids.
        if (validate)
        {
            List<CallflowProblem> problems = !ReferenceEquals(callflow.ValidatedWith, validation)
                ? CallflowRules.Validate(callflow.Actions, callflow.ValidUntil, validation, isReply: false)
                : CallflowRules.Expired(callflow.ValidUntil, validation) is { } expired ? [expired] : [];
            CallflowRules.CheckIds(callflow.ClientRequestId, callflow.ClientBatchId, problems);
            if (problems.Count > 0)
            {
                throw new CallflowValidationException(problems);
            }
        }

        // RequireAsync's check written out: the busiest route saves an async step.
        CallflowResult result = await routes.SendAsync(account.SubAccountId, callflow, cancellationToken).ConfigureAwait(false)
            ?? throw ApiFailure.NullAnswer(VoiceService.Definition.Name, "the created session");
        if (result.SessionStatus != CallflowSessionStatus.Created || !result.StatusCode.IsSuccess)
        {
            // The error quotes 8x8's answer, which may echo what was sent: masked like every other error.
            throw SecretMask.FromAuthorization(account.Authorization.Header).Apply(VoiceErrorReader.NotCreated(result));
        }

        return result;
    }
}
