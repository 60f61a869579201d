using System.Net;
using Evo8x8.Client.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.AspNetCore.Tests;

/// <summary>
/// Source filtering. Every test connects from 127.0.0.1, which is "outside" when only 8x8's addresses are allowed, and
/// is the proxy when the forwarded-headers middleware is set up.
/// </summary>
public sealed class WebhookSourceAddressesTests
{
    private const string Secret = "Bearer source-test-secret";
    private const string EightByEightAddress = "52.220.253.234";

    [Fact]
    public void EightByEightVoice_IsThePublishedList()
        => Assert.Equal(["18.140.80.2", "52.220.253.234", "54.255.116.8", "52.74.232.241"], WebhookSourceAddresses.EightByEightVoice);

    [Fact]
    public async Task Post_FromOutsideTheAllowedNetworks_Answers403AndTheHandlerNeverRuns()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartAsync(handler, knownProxy: null);

        using HttpResponseMessage response = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("outside the endpoint's allowed sources", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, handler.Runs);
    }

    [Fact]
    public async Task Post_RawForwardedForWithoutTheMiddleware_IsNotBelievedAndAnswers403()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartAsync(handler, knownProxy: null);

        using HttpResponseMessage response = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret, forwardedFor: EightByEightAddress);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, handler.Runs);
    }

    [Fact]
    public async Task Post_ThroughAKnownProxyFromAnEightByEightAddress_IsAccepted()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartAsync(handler, knownProxy: IPAddress.Loopback);

        using HttpResponseMessage response = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret, forwardedFor: EightByEightAddress);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, handler.Runs);
    }

    [Fact]
    public async Task Post_ThroughAKnownProxyFromAnOutsideAddress_Answers403()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartAsync(handler, knownProxy: IPAddress.Loopback);

        using HttpResponseMessage response = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret, forwardedFor: "198.51.100.7");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, handler.Runs);
    }

    [Fact]
    public async Task Post_ThroughAProxyThatIsNotKnown_IsNotBelievedAndAnswers403()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartAsync(handler, knownProxy: IPAddress.Parse("10.1.2.3"));

        using HttpResponseMessage response = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret, forwardedFor: EightByEightAddress);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_FromAnAllowedNetwork_IsAccepted()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await Receiver.StartAsync(
            builder => builder.Services.AddSingleton(handler),
            app => app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8", options =>
            {
                options.AuthorizationHeaderValue = Secret;
                options.AllowedSources.Add("127.0.0.0/8");
            }));

        using HttpResponseMessage response = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<Receiver> StartAsync(CountingHandler handler, IPAddress? knownProxy)
        => Receiver.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton(handler);
                builder.Services.Configure<ForwardedHeadersOptions>(options =>
                {
                    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
                    options.KnownIPNetworks.Clear();
                    options.KnownProxies.Clear();
                    if (knownProxy is not null)
                    {
                        options.KnownProxies.Add(knownProxy);
                    }
                });
            },
            app =>
            {
                if (knownProxy is not null)
                {
                    app.UseForwardedHeaders();
                }

                app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8", options =>
                {
                    options.AuthorizationHeaderValue = Secret;
                    options.AllowedSources.Add(WebhookSourceAddresses.EightByEightVoicePreset);
                });
            });
}
