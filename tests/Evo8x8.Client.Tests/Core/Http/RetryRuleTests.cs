using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Net;
using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Tests.Infrastructure;
using Polly.Timeout;
using Polly;

namespace Evo8x8.Client.Tests.Core.Http;

public sealed class RetryRuleTests
{
    [Theory]
    [InlineData("GET", 503, true)]
    [InlineData("GET", 500, true)]
    [InlineData("GET", 408, true)]
    [InlineData("GET", 429, true)]
    [InlineData("DELETE", 502, true)]
    [InlineData("PUT", 504, true)]
    [InlineData("GET", 404, false)]
    [InlineData("GET", 400, false)]
    [InlineData("POST", 500, false)]
    [InlineData("POST", 503, false)]
    [InlineData("POST", 408, false)]
    [InlineData("POST", 429, true)]
    [InlineData("PATCH", 502, false)]
    public void AllowsRetry_Status_FollowsTheRule(string method, int status, bool expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(expected, RetryRule.AllowsRetry(new HttpMethod(method), Outcome.FromResult(response)));
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("DELETE", true)]
    [InlineData("POST", false)]
    public void AllowsRetry_ErrorAfterSending_RetriesOnlyIdempotentVerbs(string method, bool expected)
    {
        var dropped = new HttpRequestException("The response ended prematurely.", new IOException("reset"));
        var timedOut = new TimeoutRejectedException();

        Assert.Equal(expected, RetryRule.AllowsRetry(new HttpMethod(method), Outcome.FromException<HttpResponseMessage>(dropped)));
        Assert.Equal(expected, RetryRule.AllowsRetry(new HttpMethod(method), Outcome.FromException<HttpResponseMessage>(timedOut)));
    }

    [Fact]
    public void AllowsRetry_PostWhoseConnectionWasRefused_IsRetried()
    {
        var refused = new HttpRequestException("Connection refused (127.0.0.1:1)", new SocketException((int)SocketError.ConnectionRefused));

        Assert.True(RetryRule.AllowsRetry(HttpMethod.Post, Outcome.FromException<HttpResponseMessage>(refused)));
    }

    [Fact]
    public void RetryAfter_DeltaOrDate_IsTheWaitAskedFor()
    {
        var time = new ManualTimeProvider();
        using var inSeconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        inSeconds.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(12));
        using var atDate = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        atDate.Headers.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddMinutes(2));
        using var inThePast = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        inThePast.Headers.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddMinutes(-2));
        using var without = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(TimeSpan.FromSeconds(12), RetryRule.RetryAfter(inSeconds, time));
        Assert.Equal(TimeSpan.FromMinutes(2), RetryRule.RetryAfter(atDate, time));
        Assert.Equal(TimeSpan.Zero, RetryRule.RetryAfter(inThePast, time));
        Assert.Null(RetryRule.RetryAfter(without, time));
    }
}
