using Evo8x8.Client.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Evo8x8.Client.ContractTests.Core.DependencyInjection;

/// <summary>
/// A user who standardises on Microsoft.Extensions.Http.Resilience turns our resilience off and adds the standard
/// handler with retries disabled for unsafe methods (POST, PUT, PATCH, DELETE, CONNECT).
/// </summary>
public sealed class ResiliencePlugInTests : IDisposable
{
    private const int Retries = 3;
    private readonly PlugInHarness _harness = new();

    [Fact]
    public async Task AddStandardResilienceHandler_PostAnswered503_IsSentExactlyOnce()
    {
        var voice = _harness.Register(builder => builder.AddStandardResilienceHandler(NoRetryForUnsafeMethods));

        (Evo8x8ApiException error, int sent) = await _harness.SendCallflowAsync(voice);

        Assert.Equal(1, sent);
        PlugInHarness.AssertServiceUnavailable(error);
    }

    [Fact]
    public async Task AddStandardResilienceHandler_GetAnswered503_IsRetried()
    {
        var voice = _harness.Register(builder => builder.AddStandardResilienceHandler(NoRetryForUnsafeMethods));

        (Evo8x8ApiException error, int sent) = await _harness.ListSpeechProfilesAsync(voice);

        Assert.Equal(1 + Retries, sent);
        PlugInHarness.AssertServiceUnavailable(error);
    }

    [Fact]
    public async Task AddStandardResilienceHandler_Defaults_SendThePostAgain()
    {
        // What the recipe prevents: the standard handler retries every verb by default.
        var voice = _harness.Register(builder => builder.AddStandardResilienceHandler(options => NoWaits(options.Retry)));

        (_, int sent) = await _harness.SendCallflowAsync(voice);

        Assert.Equal(1 + Retries, sent);
    }

    public void Dispose() => _harness.Dispose();

    // The sample's setting, with no waits between retries so that the test does not wait.
    private static void NoRetryForUnsafeMethods(HttpStandardResilienceOptions options)
    {
        options.Retry.DisableForUnsafeHttpMethods();
        NoWaits(options.Retry);
    }

    private static void NoWaits(HttpRetryStrategyOptions retry)
    {
        retry.MaxRetryAttempts = Retries;
        retry.Delay = TimeSpan.Zero;
        retry.UseJitter = false;
    }
}
