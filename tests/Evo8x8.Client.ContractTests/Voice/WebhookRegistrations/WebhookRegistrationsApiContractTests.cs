using Evo8x8.Client.Voice.WebhookRegistrations;

namespace Evo8x8.Client.ContractTests.Voice.WebhookRegistrations;

/// <summary><c>GET</c>, <c>POST /webhooks</c> and <c>DELETE /webhooks/{webhook-type}</c> against WireMock.Net with the OpenAPI file's examples.</summary>
public sealed class WebhookRegistrationsApiContractTests : IDisposable
{
    private readonly VoiceContract _voice = new();

    [Fact]
    public async Task ListAsync_OpenApiExample_SendsGetAndReadsTheRegistrations()
    {
        _voice.Stub("GET", "/webhooks", 200, "get-webhooks-information.200.json");

        WebhookRegistrationList list = await _voice.Client.WebhookRegistrations.ListAsync().GetPageAsync();

        _voice.AssertSingleRequest("GET", "/webhooks");
        AssertOpenApiList(list);
    }

    [Fact]
    public async Task CreateAsync_OpenApiExample_PostsItsBodyAndReadsTheRegistrations()
    {
        _voice.Stub("POST", "/webhooks", 200, "create-a-new-webhook.200.json");
        var webhook = new NewWebhookRegistration(WebhookType.CallAction, new Uri("https://sample.com/test"))
        {
            HttpAuthHeader = "mdp1234",
            Enabled = false,
        };

        WebhookRegistrationList list = await _voice.Client.WebhookRegistrations.CreateAsync(webhook);

        _voice.AssertSingleRequest("POST", "/webhooks", "create-a-new-webhook.request.json");
        AssertOpenApiList(list);
    }

    [Fact]
    public async Task DeleteAsync_OpenApiExample_SendsDeleteWithTheTypeAndReadsTheDeletedRegistration()
    {
        _voice.Stub("DELETE", "/webhooks/VSS", 200, "delete-a-specific-type-of-webhook.200.json");

        DeletedWebhookRegistration deleted = await _voice.Client.WebhookRegistrations.DeleteAsync(WebhookType.SessionSummary);

        _voice.AssertSingleRequest("DELETE", "/webhooks/VSS");
        Assert.Equal("subAccountId", deleted.SubAccountId);
        Assert.Equal(WebhookType.SessionSummary, deleted.Type);
        Assert.Equal("https://sample.com/test", deleted.Url);
        Assert.False(deleted.Enabled);
        Assert.True(deleted.HttpAuthHeaderAvailable);
        Assert.Equal(0, deleted.StatusCode);
        Assert.Equal("deleted", deleted.StatusMessage);
    }

    public void Dispose() => _voice.Dispose();

    private static void AssertOpenApiList(WebhookRegistrationList list)
    {
        Assert.Equal("XXXX", list.SubAccountId);
        Assert.Equal(1, list.Count);
        Assert.Equal(0, list.StatusCode);
        Assert.Equal("ok", list.StatusMessage);
        WebhookRegistration webhook = Assert.Single(list.Webhooks);
        Assert.Equal(WebhookType.CallAction, webhook.Type);
        Assert.Equal("https://sample.com/test", webhook.Url);
        Assert.True(webhook.Enabled);
        Assert.True(webhook.HttpAuthHeaderAvailable);
    }
}
