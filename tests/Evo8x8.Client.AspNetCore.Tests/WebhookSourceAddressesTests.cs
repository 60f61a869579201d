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

    [Fact]
    public async Task Post_ThroughAProxyThatIsNotKnown_TheRefusalLogSaysTheForwardedForWasIgnoredAndNamesTheSetting()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartAsync(handler, knownProxy: IPAddress.Parse("10.1.2.3"));

        using HttpResponseMessage response = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret, forwardedFor: EightByEightAddress);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        string refusal = Assert.Single(receiver.Log.Lines, line => line.Contains("outside the allowed sources", StringComparison.Ordinal));
        Assert.Contains($"X-Forwarded-For: {EightByEightAddress}, which was ignored because the connection's address is not a known proxy", refusal, StringComparison.Ordinal);
        Assert.Contains("ForwardedHeadersOptions.KnownProxies or KnownIPNetworks", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutForwardedFor_TheRefusalLogSaysNothingAboutProxies()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartAsync(handler, knownProxy: IPAddress.Parse("10.1.2.3"));

        using HttpResponseMessage response = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret);

        string refusal = Assert.Single(receiver.Log.Lines, line => line.Contains("outside the allowed sources", StringComparison.Ordinal));
        Assert.DoesNotContain("X-Forwarded-For", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FilterOnWhileForwardedHeadersTrustEveryone_WarnsAndTheSpoofIndeedPasses()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartTrustingEveryoneAsync(handler, registered: false);

        using HttpResponseMessage spoofed = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret, forwardedFor: EightByEightAddress);

        string warning = Assert.Single(receiver.Log.Lines, line => line.Contains("anyone can forge a delivery's source address", StringComparison.Ordinal));
        Assert.StartsWith("Warning", warning, StringComparison.Ordinal);
        Assert.Contains("KnownProxies and KnownIPNetworks are empty", warning, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, spoofed.StatusCode);
    }

    [Fact]
    public async Task Start_RegisteredOptionsWithTheFilterWhileForwardedHeadersTrustEveryone_Warns()
    {
        await using Receiver receiver = await StartTrustingEveryoneAsync(new CountingHandler(), registered: true);

        Assert.Single(receiver.Log.Lines, line => line.Contains("anyone can forge a delivery's source address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_FilterOnWithAKnownProxy_DoesNotWarn()
    {
        await using Receiver receiver = await StartAsync(new CountingHandler(), knownProxy: IPAddress.Loopback);

        Assert.DoesNotContain(receiver.Log.Lines, line => line.Contains("anyone can forge", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10", "0.0.0.10")]
    [InlineData("010.0.0.1", "8.0.0.1")]
    [InlineData("0x7f.1", "127.0.0.1")]
    [InlineData("127.1", "127.0.0.1")]
    [InlineData("010.0.0.0/8", "8.0.0.0")]
    public async Task Map_AllowedSourceInALegacyIPv4Notation_FailsAtStartupNamingTheEntryAndItsReading(string entry, string readAs)
    {
        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartWithSourceAsync(entry));

        Assert.Contains($"\"{entry}\", a legacy IPv4 notation that .NET reads as {readAs}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::ffff:10.0.0.0/120", "10.0.0.0/24")]
    [InlineData("::ffff:127.0.0.1/128", "127.0.0.1/32")]
    public async Task Map_AllowedSourceAnIPv4MappedNetwork_FailsAtStartupWithTheIPv4Form(string entry, string ipv4Form)
    {
        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartWithSourceAsync(entry));

        Assert.Contains($"\"{entry}\", an IPv4-mapped IPv6 network, which never matches", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Write it as {ipv4Form}.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.0/8")]
    [InlineData("0.0.0.0/0")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Map_AllowedSourceInPlainNotation_AcceptsTheDelivery(string entry)
    {
        await using Receiver receiver = await StartWithSourceAsync(entry);

        using HttpResponseMessage response = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<Receiver> StartWithSourceAsync(string entry)
        => Receiver.StartAsync(
            builder => builder.Services.AddSingleton(new CountingHandler()),
            app => app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8", options =>
            {
                options.AuthorizationHeaderValue = Secret;
                options.AllowedSources.Add(entry);
            }));

    // The common recipe behind a cloud load balancer: both lists cleared, so every sender counts as a proxy.
    private static Task<Receiver> StartTrustingEveryoneAsync(CountingHandler handler, bool registered)
        => Receiver.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton(handler);
                builder.Services.Configure<ForwardedHeadersOptions>(options =>
                {
                    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
                    options.KnownIPNetworks.Clear();
                    options.KnownProxies.Clear();
                });
                if (registered)
                {
                    builder.Services.AddEightByEightWebhooks(options =>
                    {
                        options.AuthorizationHeaderValue = Secret;
                        options.AllowedSources.Add(WebhookSourceAddresses.EightByEightVoicePreset);
                    });
                }
            },
            app =>
            {
                app.UseForwardedHeaders();
                if (registered)
                {
                    app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8");
                }
                else
                {
                    app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8", options =>
                    {
                        options.AuthorizationHeaderValue = Secret;
                        options.AllowedSources.Add(WebhookSourceAddresses.EightByEightVoicePreset);
                    });
                }
            });

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
