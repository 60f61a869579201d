using System.Text.Json;
using Evo8x8.Client.Voice.Numbers;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Testing.Tests.Voice;

/// <summary>The virtual numbers API through the SDK.</summary>
public sealed class NumbersEndpointTests
{
    [Fact]
    public async Task List_DefaultOptions_ListsTheSamplesCallerIdAmongTheNumbers()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();

        VirtualNumberList list = await EmulatorHttp.Sdk(emulator).Numbers.ListAsync().GetPageAsync();

        Assert.Equal(EmulatedVirtualNumber.Defaults.Count, list.TotalNumbers);
        VirtualNumber first = list.Numbers[0];
        Assert.Equal(("+6588000000", "SG", NumberOperationalStatus.Active), (first.Msisdn, first.CountryCode, first.OperationalStatus!.Value));
        Assert.Equal(emulator.Clock.GetCurrentInstant(), first.DateCreated);
    }

    [Fact]
    public async Task Check_OwnNumberWithoutPlus_AnswersItsReference()
    {
        var options = new Evo8x8EmulatorOptions { VirtualNumbers = [new EmulatedVirtualNumber("+4420700000", "GB", "london-1")] };
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(options);

        VirtualNumberCheck check = await EmulatorHttp.Sdk(emulator).Numbers.CheckAsync("4420700000");

        Assert.Equal(("london-1", "+4420700000", "GB"), (check.Payload!.ReferenceId, check.Payload.Msisdn, check.Payload.CountryCode));
    }

    [Fact]
    public async Task Check_UnknownNumber_Is404NamingTheNumber()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();

        using HttpClient raw = EmulatorHttp.RawVoice(emulator);
        (int status, JsonElement body) = await EmulatorHttp.ReadAsync(await raw.GetAsync(EmulatorHttp.VoicePath(emulator, "numbers/+6511111111")));
        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => EmulatorHttp.Sdk(emulator).Numbers.CheckAsync("+6511111111"));

        // The answer names the number; the SDK masks phone numbers in what it shows (ServiceMessage), as in logs.
        Assert.Equal(404, status);
        Assert.Contains("+6511111111", body.GetProperty("statusMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.HttpStatus);
        Assert.Equal("-3001", error.ErrorCode);
        Assert.DoesNotContain("+6511111111", error.ServiceMessage, StringComparison.Ordinal);
        Assert.All(emulator.Diagnostics, d => Assert.Equal((EmulatorRoute.CheckNumber, "+6511111111"), (d.Route, d.Value)));
    }
}
