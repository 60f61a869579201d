using Evo8x8.Client.Core;
using Microsoft.Extensions.DependencyInjection;
using Polly.Extensions.Http;
using Polly;

namespace Evo8x8.Client.ContractTests.Core.DependencyInjection;

/// <summary>
/// A user who standardises on Microsoft.Extensions.Http.Polly (Polly's v7 API) turns our resilience off and adds a
/// policy per request: retries for what is safe to repeat, none for POST, because a resent callflow rings twice.
/// </summary>
public sealed class PollyPlugInTests : IDisposable
{
    private const int Retries = 3;
    private readonly PlugInHarness _harness = new();

    [Fact]
    public async Task AddPolicyHandler_PostAnswered503_IsSentExactlyOnce()
    {
        var voice = _harness.Register(builder => builder.AddPolicyHandler(RetryAllButPost));

        (Evo8x8ApiException error, int sent) = await _harness.SendCallflowAsync(voice);

        Assert.Equal(1, sent);
        PlugInHarness.AssertServiceUnavailable(error);
    }

    [Fact]
    public async Task AddPolicyHandler_GetAnswered503_IsRetried()
    {
        var voice = _harness.Register(builder => builder.AddPolicyHandler(RetryAllButPost));

        (Evo8x8ApiException error, int sent) = await _harness.ListSpeechProfilesAsync(voice);

        Assert.Equal(1 + Retries, sent);
        PlugInHarness.AssertServiceUnavailable(error);
    }

    [Fact]
    public async Task AddTransientHttpErrorPolicy_WithoutTheMethodCheck_SendsThePostAgain()
    {
        // What the recipe prevents: the package's one-liner retries every verb, so a 503-answered callflow is resent.
        var voice = _harness.Register(builder => builder.AddTransientHttpErrorPolicy(policy => policy.WaitAndRetryAsync(Retries, _ => TimeSpan.Zero)));

        (_, int sent) = await _harness.SendCallflowAsync(voice);

        Assert.Equal(1 + Retries, sent);
    }

    public void Dispose() => _harness.Dispose();

    // The sample's policy, with no waits between retries so that the test does not wait.
    private static IAsyncPolicy<HttpResponseMessage> RetryAllButPost(HttpRequestMessage request)
        => request.Method == HttpMethod.Post
            ? Policy.NoOpAsync<HttpResponseMessage>()
            : HttpPolicyExtensions.HandleTransientHttpError().WaitAndRetryAsync(Retries, _ => TimeSpan.Zero);
}
