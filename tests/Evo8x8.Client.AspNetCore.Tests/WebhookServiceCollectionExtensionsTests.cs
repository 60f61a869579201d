using System.Net;
using Evo8x8.Client.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.AspNetCore.Tests;

public sealed class WebhookServiceCollectionExtensionsTests
{
    private const string OldSecret = "Bearer old-webhook-secret";
    private const string NewSecret = "Bearer new-webhook-secret";

    [Fact]
    public async Task AddEightByEightWebhooks_SecretRotatedInConfiguration_BothAcceptedThenTheOldRefusedWithoutRestart()
    {
        var configuration = new ReloadableConfiguration(new Dictionary<string, string?>
        {
            ["Webhooks:AuthorizationHeaderValues:0"] = NewSecret,
            ["Webhooks:AuthorizationHeaderValues:1"] = OldSecret,
        });
        var handler = new CountingHandler();
        await using Receiver receiver = await Receiver.StartAsync(
            builder =>
            {
                ((IConfigurationBuilder)builder.Configuration).Add(configuration);
                builder.Services.AddSingleton(handler);
                builder.Services.AddEightByEightWebhooks(builder.Configuration.GetSection("Webhooks"));
            },
            app => app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8"));
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        using HttpResponseMessage newWhileRotating = await receiver.PostAsync("/webhooks/8x8", delivery, NewSecret);
        using HttpResponseMessage oldWhileRotating = await receiver.PostAsync("/webhooks/8x8", delivery, OldSecret);
        configuration.Replace(new Dictionary<string, string?> { ["Webhooks:AuthorizationHeaderValues:0"] = NewSecret });
        using HttpResponseMessage oldAfterRotation = await receiver.PostAsync("/webhooks/8x8", delivery, OldSecret);
        using HttpResponseMessage newAfterRotation = await receiver.PostAsync("/webhooks/8x8", delivery, NewSecret);

        Assert.Equal(HttpStatusCode.OK, newWhileRotating.StatusCode);
        Assert.Equal(HttpStatusCode.OK, oldWhileRotating.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldAfterRotation.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newAfterRotation.StatusCode);
        Assert.Equal(3, handler.Runs);
        Assert.DoesNotContain("webhook-secret", receiver.Log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEightByEightWebhooks_ConfigurationLosesEverySecret_Answers503AndLogsWhy()
    {
        var configuration = new ReloadableConfiguration(new Dictionary<string, string?> { ["Webhooks:AuthorizationHeaderValue"] = NewSecret });
        await using Receiver receiver = await Receiver.StartAsync(
            builder =>
            {
                ((IConfigurationBuilder)builder.Configuration).Add(configuration);
                builder.Services.AddEightByEightWebhooks(builder.Configuration.GetSection("Webhooks"));
            },
            app => app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8"));

        configuration.Replace(new Dictionary<string, string?>());
        using HttpResponseMessage response = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), NewSecret);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("AuthorizationHeaderValue", receiver.Log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapEightByEightWebhooks_OptionsNotRegistered_FailsAtStartupNamingTheCall()
    {
        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using Receiver receiver = await Receiver.StartAsync(_ => { }, app => app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8"));
        });

        Assert.Contains("AddEightByEightWebhooks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEightByEightWebhooks_UnknownAllowedSource_FailsAtStartupNamingTheEntry()
    {
        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using Receiver receiver = await Receiver.StartAsync(
                builder => builder.Services.AddEightByEightWebhooks(options =>
                {
                    options.AuthorizationHeaderValue = NewSecret;
                    options.AllowedSources.Add("8x8-voice-eu");
                }),
                app => app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8"));
        });

        Assert.Contains("\"8x8-voice-eu\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("new-webhook-secret", error.Message, StringComparison.Ordinal);
    }
}
