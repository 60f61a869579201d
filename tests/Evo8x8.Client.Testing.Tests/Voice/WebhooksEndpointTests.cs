using System.Text.Json;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Testing.Tests.Voice;

/// <summary>The webhooks API over raw HTTP, and its effect on where simulated calls report.</summary>
public sealed class WebhooksEndpointTests
{
    [Fact]
    public async Task CreateWebhook_ThroughTheApi_SummaryIsPostedThereWithTheHttpAuthHeader()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);
        string create = $$"""{"type":"VSS","url":"{{new Uri(receiver.BaseAddress, "hooks/vss")}}","httpAuthHeader":"Basic c3VtbWFyeTpzZWNyZXQ="}""";

        (int status, JsonElement created) = await EmulatorHttp.ReadAsync(await raw.PostAsync(EmulatorHttp.VoicePath(emulator, "webhooks"), EmulatorHttp.Json(create)));
        Callflow flow = new CallflowBuilder().MakeCall("+6588000000", "+6590000000").Say("Hi", "en-GB-Emma").Build();
        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(flow);
        await emulator.WaitForSummaryAsync(result.SessionId!, EmulatorHttp.Patience());

        Assert.Equal(200, status);
        JsonElement webhook = Assert.Single(created.GetProperty("webhooks").EnumerateArray().ToArray());
        Assert.Equal("VSS", webhook.GetProperty("type").GetString());
        Assert.True(webhook.GetProperty("enabled").GetBoolean());
        Assert.True(webhook.GetProperty("httpAuthHeaderAvailable").GetBoolean());
        Assert.DoesNotContain("c3VtbWFyeTpzZWNyZXQ=", created.GetRawText(), StringComparison.Ordinal);
        var posted = Assert.Single(receiver.Requests);
        Assert.Equal("/hooks/vss", posted.Path);
        Assert.Equal("Basic c3VtbWFyeTpzZWNyZXQ=", posted.Header("Authorization"));
    }

    [Fact]
    public async Task ListAndDelete_RegisteredWebhooks_ListsThenRemovesByType()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.CallStatus, new Uri("https://example.com/vcs"));
        emulator.RegisterWebhook(WebhookType.SessionSummary, new Uri("https://example.com/vss"), "token");
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (_, JsonElement listed) = await EmulatorHttp.ReadAsync(await raw.GetAsync(EmulatorHttp.VoicePath(emulator, "webhooks")));
        (int deleteStatus, JsonElement deleted) = await EmulatorHttp.ReadAsync(await raw.DeleteAsync(EmulatorHttp.VoicePath(emulator, "webhooks/VSS")));
        (int againStatus, _) = await EmulatorHttp.ReadAsync(await raw.DeleteAsync(EmulatorHttp.VoicePath(emulator, "webhooks/VSS")));
        (_, JsonElement after) = await EmulatorHttp.ReadAsync(await raw.GetAsync(EmulatorHttp.VoicePath(emulator, "webhooks")));

        Assert.Equal(2, listed.GetProperty("count").GetInt32());
        Assert.Equal(emulator.SubAccountId, listed.GetProperty("subAccountId").GetString());
        Assert.Equal(200, deleteStatus);
        Assert.Equal("deleted", deleted.GetProperty("statusMessage").GetString());
        Assert.Equal("https://example.com/vss", deleted.GetProperty("url").GetString());
        Assert.Equal(404, againStatus);
        Assert.Equal("VCS", Assert.Single(after.GetProperty("webhooks").EnumerateArray().ToArray()).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("{\"type\":\"VXX\",\"url\":\"https://example.com/x\"}", "1002")]
    [InlineData("{\"type\":\"VSS\",\"url\":\"not a url\"}", "1002")]
    [InlineData("{\"type\":", "1001")]
    public async Task CreateWebhook_InvalidBody_Is422WithTheDocumentedShape(string body, string code)
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (int status, JsonElement error) = await EmulatorHttp.ReadAsync(await raw.PostAsync(EmulatorHttp.VoicePath(emulator, "webhooks"), EmulatorHttp.Json(body)));

        Assert.Equal(422, status);
        Assert.Equal(code, error.GetProperty("statusCode").GetString());
        Assert.True(Guid.TryParse(error.GetProperty("errorId").GetString(), out _));
        Assert.True(error.TryGetProperty("timestamp", out _));
    }

    [Fact]
    public async Task ListWebhooks_WithoutBearer_Is401()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator, apiKey: "wrong");

        (int status, JsonElement error) = await EmulatorHttp.ReadAsync(await raw.GetAsync(EmulatorHttp.VoicePath(emulator, "webhooks")));

        Assert.Equal(401, status);
        Assert.Equal("Authentication header not found or token invalid", error.GetProperty("statusMessage").GetString());
    }
}
