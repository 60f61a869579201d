using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Tests.Voice.WebhookRegistrations;

public sealed partial class WebhookRegistrationsApiTests
{
    private const string Folder = "Voice/WebhookRegistrations/Fixtures/";
    private const string AuthHeaderValue = "mdp1234";

    [Fact]
    public async Task ListAsync_OpenApiExample_SendsGetAndReadsEveryField()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "webhooks-list.json"));

        WebhookRegistrationList list = await voice.Client.WebhookRegistrations.ListAsync().GetPageAsync();

        voice.AssertSingleRequest("GET", "/webhooks");
        Assert.Equal("XXXX", list.SubAccountId);
        Assert.Equal(1, list.Count);
        WebhookRegistration webhook = Assert.Single(list.Webhooks);
        Assert.Equal(WebhookType.CallAction, webhook.Type);
        Assert.Equal("https://sample.com/test", webhook.Url);
        Assert.True(webhook.Enabled);
        Assert.True(webhook.HttpAuthHeaderAvailable);
        Assert.Equal(0, list.StatusCode);
        Assert.Equal("ok", list.StatusMessage);
    }

    [Fact]
    public async Task CreateAsync_OpenApiExample_SendsTheExampleBodyAndKeepsUnknownTypes()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "webhooks-create.json"));
        var webhook = new NewWebhookRegistration(WebhookType.CallAction, new Uri("https://sample.com/test"))
        {
            HttpAuthHeader = AuthHeaderValue,
            Enabled = false,
        };

        WebhookRegistrationList list = await voice.Client.WebhookRegistrations.CreateAsync(webhook);

        voice.AssertSingleRequest("POST", "/webhooks", Fixtures.Read(Folder + "webhooks-create-request.json"));
        Assert.Equal(2, list.Count);
        Assert.False(list.Webhooks[0].Enabled);
        Assert.Equal(new WebhookType("VXX"), list.Webhooks[1].Type);
        Assert.Equal("VXX", list.Webhooks[1].Type.ToString());
    }

    [Fact]
    public async Task CreateAsync_InvalidParam_ThrowsVoiceApiExceptionWithoutTheAuthHeaderValue()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(422, Folder + "webhooks-create-422.json"));
        var webhook = new NewWebhookRegistration(WebhookType.SessionSummary, new Uri("https://example.com/vss")) { HttpAuthHeader = AuthHeaderValue };

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => voice.Client.WebhookRegistrations.CreateAsync(webhook));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.HttpStatus);
        Assert.Equal(new CallflowStatusCode(1001), error.StatusCode);
        Assert.Equal("1001", error.ErrorCode);
        Assert.Equal("Invalid JSON request body", error.ServiceMessage);
        Assert.Equal("1aa1fc32-8e07-11ea-864e-1961d882f548", error.RequestId);
        Assert.Contains("POST api/v1/subaccounts/{subAccountId}/webhooks", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthHeaderValue, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsync_OpenApiExample_SendsTheTypeInThePathAndReadsTheRemovedWebhook()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "webhooks-delete.json"));

        DeletedWebhookRegistration deleted = await voice.Client.WebhookRegistrations.DeleteAsync(WebhookType.SessionSummary);

        voice.AssertSingleRequest("DELETE", "/webhooks/VSS");
        Assert.Equal("subAccountId", deleted.SubAccountId);
        Assert.Equal(WebhookType.SessionSummary, deleted.Type);
        Assert.Equal("https://sample.com/test", deleted.Url);
        Assert.False(deleted.Enabled);
        Assert.True(deleted.HttpAuthHeaderAvailable);
        Assert.Equal(0, deleted.StatusCode);
        Assert.Equal("deleted", deleted.StatusMessage);
    }

    [Fact]
    public async Task DeleteAsync_NotFoundWithoutBody_ThrowsWithASubAccountHint()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Text(404, string.Empty, "text/plain"));

        Evo8x8ApiException error = await Assert.ThrowsAsync<Evo8x8ApiException>(() => voice.Client.WebhookRegistrations.DeleteAsync(WebhookType.RecordingUploaded));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatus);
        Assert.Contains("DELETE api/v1/subaccounts/{subAccountId}/webhooks/{webhook-type}", error.Message, StringComparison.Ordinal);
        Assert.Contains("SubAccountId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsync_EmptyType_ThrowsBeforeSending()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => voice.Client.WebhookRegistrations.DeleteAsync(default));

        Assert.Empty(voice.Server.Requests);
    }

    [Fact]
    public void NewWebhookRegistration_ToString_MasksTheAuthHeaderValue()
    {
        var webhook = new NewWebhookRegistration(WebhookType.CallStatus, new Uri("https://example.com/vcs")) { HttpAuthHeader = AuthHeaderValue };

        string text = webhook.ToString();

        Assert.DoesNotContain(AuthHeaderValue, text, StringComparison.Ordinal);
        Assert.Contains("HttpAuthHeader = ***", text, StringComparison.Ordinal);
        Assert.Contains("VCS", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/relative/path")]
    [InlineData("ftp://example.com/hook")]
    public void NewWebhookRegistration_UrlNotAbsoluteHttp_ThrowsNamingTheUrl(string url)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => new NewWebhookRegistration(WebhookType.SessionSummary, new Uri(url, UriKind.RelativeOrAbsolute)));

        Assert.Equal("url", error.ParamName);
        Assert.Contains(url, error.Message, StringComparison.Ordinal);
    }
}
