using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly.Retry;
using Polly;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Runs each request through a Polly pipeline (overall timeout, retries, per-attempt timeout) following the rule
/// written on <see cref="Evo8x8ResilienceOptions"/>, and traces the request as one activity however many
/// attempts it takes.
/// </summary>
/// <remarks>
/// The same request message is sent again on a retry; that is safe because Refit's generated code serializes JSON
/// bodies into buffered content, which can be read any number of times. Each attempt reads the whole answer body
/// (<see cref="TelemetryHandler"/>), so the attempt timeout covers it. Thread-safe.
/// </remarks>
internal sealed class ResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Evo8x8.Request");

    private readonly Evo8x8ResilienceOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lazy<ResiliencePipeline<HttpResponseMessage>> _pipeline;

    /// <param name="options">The retry and timeout settings; they must be valid (see <c>FindProblems</c>).</param>
    /// <param name="time">The clock the waits and timeouts run on; a fake one in tests.</param>
    /// <param name="logger">Where retries are logged.</param>
    public ResilienceHandler(Evo8x8ResilienceOptions options, TimeProvider time, ILogger logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        // Built on first use, so that a client constructor reports bad settings with its own message first.
        _pipeline = new(() => options.Enabled ? BuildPipeline() : ResiliencePipeline<HttpResponseMessage>.Empty);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestFacts facts = RequestFacts.Of(request);
        // The name is built only when someone listens.
        using Activity? activity = Evo8x8Telemetry.ActivitySource.HasListeners()
            ? Evo8x8Telemetry.ActivitySource.StartActivity($"{facts.Service} {facts.Method} {facts.RouteTemplate}")
            : null;
        activity?.SetTag("evo8x8.service", facts.Service);
        activity?.SetTag("http.request.method", facts.Method);
        activity?.SetTag("url.template", facts.RouteTemplate);

        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            HttpResponseMessage response = await _pipeline.Value.ExecuteAsync(
                static (ctx, state) => state.Handler.SendAttemptAsync(state.Request, ctx.CancellationToken),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
                Evo8x8Telemetry.RecordFailure(facts, RequestFacts.Outcome(response.StatusCode, null));
            }

            return response;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity?.SetTag("error.type", ex.GetType().Name);
            Evo8x8Telemetry.RecordFailure(facts, RequestFacts.Outcome(null, ex));
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int attempt = request.Options.TryGetValue(ApiRequestOptions.Attempt, out int previous) ? previous + 1 : 1;
        request.Options.Set(ApiRequestOptions.Attempt, attempt);
        ((IDictionary<string, object?>)request.Options).Remove(ApiRequestOptions.AnsweredStatusKey);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time };
        builder.AddTimeout(_options.TotalTimeout);
        if (_options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxRetryAttempts,
                Delay = _options.BaseDelay,
                MaxDelay = _options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context, args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? RetryRule.RetryAfter(response, _time) : null),
                OnRetry = args =>
                {
                    RequestFacts facts = RequestFacts.Of(args.Context.Properties.GetValue(RequestKey, null!));
                    string outcome = RequestFacts.Outcome(args.Outcome.Result?.StatusCode, args.Outcome.Exception);
                    Evo8x8Telemetry.RecordRetry(facts, outcome);
                    HttpLog.Retrying(
                        _logger, facts.Service, facts.Method, facts.RouteTemplate, (long)args.RetryDelay.TotalMilliseconds, outcome, args.AttemptNumber + 1, _options.MaxRetryAttempts);
                    return default;
                },
            });
        }

        builder.AddTimeout(_options.AttemptTimeout);
        return builder.Build();
    }

    private bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { IsSuccessStatusCode: true } || context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        HttpRequestMessage request = context.Properties.GetValue(RequestKey, null!);
        string? reason = null;
        if (!RetryRule.AllowsRetry(request.Method, outcome))
        {
            reason = RetryRule.IsIdempotent(request.Method)
                ? "the failure is not transient"
                : $"a {request.Method.Method} that may have reached the service is never sent twice";
        }
        else if (outcome.Result is { } response && RetryRule.RetryAfter(response, _time) > _options.MaxRetryAfter)
        {
            reason = $"its Retry-After is longer than {nameof(Evo8x8ResilienceOptions.MaxRetryAfter)} ({_options.MaxRetryAfter})";
        }

        if (reason is not null)
        {
            RequestFacts facts = RequestFacts.Of(request);
            HttpLog.NotRetried(_logger, facts.Service, facts.Method, facts.RouteTemplate, RequestFacts.Outcome(outcome.Result?.StatusCode, outcome.Exception), reason);
            return false;
        }

        return true;
    }
}
