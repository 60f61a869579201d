using System.Net;
using System.Text.Json;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using Evo8x8.Client.Voice.WebhookRegistrations;

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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task WebhookAnswer_LargerThanTheCap_NotReadAndRecordedAsAnError(bool declaredLength)
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        string huge = "{\"padding\":\"" + new string('x', 3 * 1024 * 1024) + "\"}";
        // Kestrel sends a body without a declared length chunked.
        receiver.DefaultReply = declaredLength
            ? ScriptedReply.Json(200, huge) with { Headers = [("Content-Length", huge.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))] }
            : ScriptedReply.Json(200, huge);
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.SessionSummary, new Uri(receiver.BaseAddress, "vss"));
        Callflow call = new CallflowBuilder().MakeCall(source: "+6588000000", destination: "+6590000000").Say("Hello", "en-US-JennyNeural").Build();

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(call);
        EmulatedWebhookDelivery summary = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());

        Assert.Equal(200, summary.ResponseStatus);
        Assert.Null(summary.ResponseBody);
        Assert.Contains("with a body larger than 1048576 bytes; the emulator read no more of it", summary.Error, StringComparison.Ordinal);
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
