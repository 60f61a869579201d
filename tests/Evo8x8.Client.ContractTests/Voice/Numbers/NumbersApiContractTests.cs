using Evo8x8.Client.Voice.Numbers;
using NodaTime;

namespace Evo8x8.Client.ContractTests.Voice.Numbers;

/// <summary>
/// <c>GET /numbers</c> and <c>GET /numbers/{number}</c> against WireMock.Net. The OpenAPI file gives schemas but no
/// examples here, so the answers are built from its schema fields.
/// </summary>
public sealed class NumbersApiContractTests : IDisposable
{
    private readonly VoiceContract _voice = new();

    [Fact]
    public async Task ListAsync_Answer_SendsGetAndReadsTheNumbers()
    {
        _voice.Stub("GET", "/numbers", 200, "get-virtual-numbers.200.json");

        VirtualNumberList list = await _voice.Client.Numbers.ListAsync().GetPageAsync();

        _voice.AssertSingleRequest("GET", "/numbers");
        Assert.Equal(1, list.TotalNumbers);
        Assert.Equal(Instant.FromUtc(2024, 3, 1, 8, 30), list.LastUpdatedAt);
        VirtualNumber number = Assert.Single(list.Numbers);
        Assert.Equal("+6531591234", number.Msisdn);
        Assert.Equal(NumberOperationalStatus.Active, number.OperationalStatus);
        Assert.Equal(12.5m, number.RentalPrice);
        Assert.True(number.NumberHealth?.IsHealthy);
    }

    [Fact]
    public async Task CheckAsync_Answer_SendsGetWithTheNumberInThePathAndReadsThePayload()
    {
        _voice.Stub("GET", "/numbers/6531591234", 200, "check-virtual-number.200.json");

        VirtualNumberCheck check = await _voice.Client.Numbers.CheckAsync("6531591234");

        _voice.AssertSingleRequest("GET", "/numbers/6531591234");
        Assert.Equal(0, check.StatusCode);
        Assert.Equal("ok", check.StatusMessage);
        Assert.Equal("range-sg-001", check.Payload?.ReferenceId);
        Assert.Equal("+6531591234", check.Payload?.Msisdn);
        Assert.Equal("SG", check.Payload?.CountryCode);
    }

    public void Dispose() => _voice.Dispose();
}
