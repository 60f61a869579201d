using System.Net;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Numbers;
using Evo8x8.Client.Voice;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice.Numbers;

public sealed class NumbersApiTests
{
    private const string Folder = "Voice/Numbers/Fixtures/";

    [Fact]
    public async Task ListAsync_Success_SendsGetAndReadsEveryField()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "numbers-list.json"));

        VirtualNumberList list = await voice.Client.Numbers.ListAsync().GetPageAsync();

        voice.AssertSingleRequest("GET", "/numbers");
        Assert.Equal(1, list.TotalNumbers);
        Assert.Equal(Instant.FromUtc(2024, 3, 1, 8, 30), list.LastUpdatedAt);
        Assert.Equal(0, list.StatusCode);
        Assert.Equal("ok", list.StatusMessage);
        VirtualNumber number = Assert.Single(list.Numbers);
        Assert.Equal("+6531591234", number.Msisdn);
        Assert.Equal(Instant.FromUtc(2023, 11, 20, 2, 0), number.DateCreated);
        Assert.Equal(Instant.FromUtc(2024, 3, 1, 8, 30), number.DateUpdated);
        Assert.Equal("SG", number.CountryCode);
        Assert.Equal(NumberOperationalStatus.Active, number.OperationalStatus);
        Assert.Equal("range-sg-001", number.ReferenceId);
        Assert.Equal(12.5m, number.RentalPrice);
        Assert.Equal(0.0125m, number.IncomingRate);
        Assert.Equal(60, number.BillingUnit);
        Assert.Equal("/api/v1/subaccounts/acme-voice_1/numbers/6531591234", number.Uri);
        Assert.True(number.NumberHealthCheckEnabled);
        Assert.Equal("USD", number.BillingCurrency);
        Assert.Equal("Local", number.NumberType);
        Assert.NotNull(number.NumberHealth);
        Assert.True(number.NumberHealth.IsHealthy);
        Assert.Equal("Reachable", number.NumberHealth.Status);
        Assert.Equal(Instant.FromUtc(2024, 3, 1, 0, 0), number.NumberHealth.LastCheckedTime);
    }

    [Fact]
    public async Task CheckAsync_Success_SendsTheNumberInThePathAndReadsThePayload()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "number-check.json"));

        VirtualNumberCheck check = await voice.Client.Numbers.CheckAsync("6531591234");

        voice.AssertSingleRequest("GET", "/numbers/6531591234");
        Assert.Equal(0, check.StatusCode);
        Assert.Equal("ok", check.StatusMessage);
        Assert.Equal(Instant.FromUtc(2024, 3, 1, 8, 31) + Duration.FromMilliseconds(2500), check.Timestamp);
        Assert.NotNull(check.Payload);
        Assert.Equal("range-sg-001", check.Payload.ReferenceId);
        Assert.Equal("+6531591234", check.Payload.Msisdn);
        Assert.Equal("SG", check.Payload.CountryCode);
    }

    [Fact]
    public async Task CheckAsync_NotAssigned_ThrowsVoiceApiExceptionWithoutTheNumberInTheRoute()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(404, Folder + "number-check-404.json"));

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => voice.Client.Numbers.CheckAsync("6599990000"));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatus);
        Assert.Equal(-3001, error.StatusCode?.Value);
        Assert.Equal("Virtual number not found", error.ServiceMessage);
        Assert.Contains("GET api/v1/subaccounts/{subAccountId}/numbers/{number}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("6599990000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_NumberWithPlus_IsEscapedInThePath()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "number-check.json"));

        await voice.Client.Numbers.CheckAsync("+6531591234");

        voice.AssertSingleRequest("GET", "/numbers/+6531591234");
    }

    [Fact]
    public async Task CheckAsync_EmptyNumber_ThrowsBeforeSending()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => voice.Client.Numbers.CheckAsync(" "));

        Assert.Equal("number", error.ParamName);
        Assert.Empty(voice.Server.Requests);
    }
}
