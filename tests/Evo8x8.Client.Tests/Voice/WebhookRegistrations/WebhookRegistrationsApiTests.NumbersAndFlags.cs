using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.WebhookRegistrations;

namespace Evo8x8.Client.Tests.Voice.WebhookRegistrations;

public sealed partial class WebhookRegistrationsApiTests
{
    [Fact]
    public async Task DeleteAsync_VirtualNumberUpdated_SendsVnuInThePathThoughTheOpenApiEnumOmitsIt()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "webhooks-delete.json"));

        await voice.Client.WebhookRegistrations.DeleteAsync(WebhookType.VirtualNumberUpdated);

        voice.AssertSingleRequest("DELETE", "/webhooks/VNU");
    }

    [Fact]
    public async Task CreateAsync_EnabledLeftUnset_SendsNeitherEnabledNorActive()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "webhooks-create.json"));

        await voice.Client.WebhookRegistrations.CreateAsync(new NewWebhookRegistration(WebhookType.VirtualNumberUpdated, new Uri("https://example.com/vnu")));

        voice.AssertSingleRequest("POST", "/webhooks", """{"type":"VNU","url":"https://example.com/vnu"}""");
    }
}
