using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly.Retry;
using Polly.Timeout;
using Polly;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Runs each request with an overall timeout, retries and a per-attempt timeout, following the rule written on
/// <see cref="Evo8x8ResilienceOptions"/>, and traces the request as one activity however many attempts it takes. The
/// first attempt runs under one timer of its own; a request it does not settle goes on in a Polly pipeline.
/// </summary>
/// <remarks>
/// The same request message is sent again on a retry; that is safe because Refit's generated code serializes JSON
/// bodies into buffered content, which can be read any number of times. Each attempt reads the whole answer body
/// (<see cref="TelemetryHandler"/>), so the attempt timeout covers it. Thread-safe.
/// </remarks>
internal sealed class ResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Evo8x8.Request");
    private static readonly ResiliencePropertyKey<long> StartedKey = new("Evo8x8.Started");

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
        _pipeline = new(BuildPipeline);
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

        try
        {
            HttpResponseMessage response;
            if (!_options.Enabled)
            {
                response = await SendAttemptAsync(request, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // The first attempt runs outside the pipeline, under one timer for both timeouts: most requests succeed
                // at once, and the pipeline's three strategies (two with a timer of their own) cost a busy client a
                // measurable share of its throughput. Any other outcome is handed to the pipeline as its first
                // attempt's, so the retry decision, the wait, the logs and the total timeout are the pipeline's.
                long started = _time.GetTimestamp();
                bool totalFirst = _options.TotalTimeout <= _options.AttemptTimeout;
                TimeSpan limit = totalFirst ? _options.TotalTimeout : _options.AttemptTimeout;
                Outcome<HttpResponseMessage>? failed = null;
                using (var timeout = new CancellationTokenSource(limit, _time))
                using (cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), timeout))
                {
                    try
                    {
                        response = await SendAttemptAsync(request, timeout.Token).ConfigureAwait(false);
                        failed = response.IsSuccessStatusCode ? null : Outcome.FromResult(response);
                    }
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        bool timedOut = ex is OperationCanceledException && timeout.IsCancellationRequested;
                        if (timedOut && totalFirst)
                        {
                            // The whole request's time ran out: nothing is left to retry in.
                            throw TimedOut(limit, ex);
                        }

                        response = null!;
                        failed = Outcome.FromException<HttpResponseMessage>(timedOut ? TimedOut(limit, ex) : ex);
                    }
                }

                if (failed is { } first)
                {
                    response = await RetryAsync(request, first, started, cancellationToken).ConfigureAwait(false);
                }
            }

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
    }

    /// <summary>Runs the pipeline on a request whose first attempt, sent by the caller, ended in <paramref name="first"/>.</summary>
    private async Task<HttpResponseMessage> RetryAsync(
        HttpRequestMessage request, Outcome<HttpResponseMessage> first, long started, CancellationToken cancellationToken)
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        context.Properties.Set(StartedKey, started);
        try
        {
            return await _pipeline.Value.ExecuteAsync(
                static (ctx, state) => state.First.Take() is { } outcome
                    ? outcome.Exception is { } exception ? ValueTask.FromException<HttpResponseMessage>(exception) : ValueTask.FromResult(outcome.Result!)
                    : new ValueTask<HttpResponseMessage>(state.Handler.SendAttemptAsync(state.Request, ctx.CancellationToken)),
                context,
                (Handler: this, Request: request, First: new PendingOutcome(first))).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // Polly's own words for a timeout, so that an attempt timed out here reads as one timed out by the pipeline.
    private static TimeoutRejectedException TimedOut(TimeSpan timeout, Exception cause)
        => new($"The operation didn't complete within the allowed timeout of '{timeout}'.", timeout, cause);

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int attempt = request.Options.TryGetValue(ApiRequestOptions.Attempt, out int previous) ? previous + 1 : 1;
        request.Options.Set(ApiRequestOptions.Attempt, attempt);
        ((IDictionary<string, object?>)request.Options).Remove(ApiRequestOptions.AnsweredStatusKey);
        return base.SendAsync(request, cancellationToken);
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time };
        // Counted from the first attempt, which ran before the pipeline started.
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(Remaining(args.Context.Properties.GetValue(StartedKey, 0L))),
        });
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

    /// <summary>What is left of the total timeout; never zero, which Polly would read as no timeout at all.</summary>
    private TimeSpan Remaining(long started)
    {
        TimeSpan left = _options.TotalTimeout - _time.GetElapsedTime(started);
        return left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1);
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

    /// <summary>The first attempt's outcome, given to the pipeline's first call and to no other.</summary>
    private sealed class PendingOutcome(Outcome<HttpResponseMessage> outcome)
    {
        private Outcome<HttpResponseMessage>? _outcome = outcome;

        // The pipeline makes its calls one after another, never two at once.
        public Outcome<HttpResponseMessage>? Take()
        {
            Outcome<HttpResponseMessage>? taken = _outcome;
            _outcome = null;
            return taken;
        }
    }
}
