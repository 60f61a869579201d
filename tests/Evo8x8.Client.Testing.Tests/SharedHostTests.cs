using System.Net;
using System.Text.Json;

namespace Evo8x8.Client.Testing.Tests;

/// <summary>On a machine others share, the emulator answers loopback names only, relays webhooks to loopback only, and keeps a bounded journal.</summary>
public sealed class SharedHostTests
{
    [Fact]
    public async Task AnyRoute_ForeignHostHeader_Refused403AndNotRecorded()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);
        using var request = new HttpRequestMessage(HttpMethod.Get, EmulatorHttp.VoicePath(emulator, "webhooks"));
        request.Headers.Host = "attacker.example";

        using HttpResponseMessage response = await raw.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(emulator.Requests);
    }

    [Fact]
    public async Task AnyRoute_HostAllowedByOption_Answered()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions { AllowedHosts = ["emulator.test"] });
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);
        using var request = new HttpRequestMessage(HttpMethod.Get, EmulatorHttp.VoicePath(emulator, "webhooks"));
        request.Headers.Host = "emulator.test";

        using HttpResponseMessage response = await raw.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CreateWebhook_NonLoopbackUrlByDefault_Refused()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (int status, JsonElement body) = await EmulatorHttp.ReadAsync(await raw.PostAsync(
            EmulatorHttp.VoicePath(emulator, "webhooks"), EmulatorHttp.Json("""{"type":"VSS","url":"http://10.0.0.5/hook","httpAuthHeader":"Bearer x"}""")));

        Assert.Equal(422, status);
        Assert.Contains("AllowedWebhookHosts", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateWebhook_HostAllowedByOption_Registered()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions { AllowedWebhookHosts = ["hooks.internal"] });
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (int status, _) = await EmulatorHttp.ReadAsync(await raw.PostAsync(
            EmulatorHttp.VoicePath(emulator, "webhooks"), EmulatorHttp.Json("""{"type":"VSS","url":"https://hooks.internal/hook"}""")));

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Requests_MoreThanTheLimit_KeepsTheMostRecent()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions { RecordedRequestLimit = 3 });
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        for (int i = 0; i < 5; i++)
        {
            using HttpResponseMessage response = await raw.GetAsync($"no-such-route-{i}");
        }

        Assert.Equal(["/no-such-route-2", "/no-such-route-3", "/no-such-route-4"], emulator.Requests.Select(r => r.Path));
    }
}
