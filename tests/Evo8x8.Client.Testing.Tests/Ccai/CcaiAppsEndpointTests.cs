using System.Net;
using Evo8x8.Client.Ccai.Apps;
using Evo8x8.Client.Ccai;

namespace Evo8x8.Client.Testing.Tests.Ccai;

public sealed class CcaiAppsEndpointTests
{
    [Fact]
    public async Task CcaiAppsClient_AgainstTheEmulator_CreatesCallsAndKeepsTheirFlags()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        CcaiAppsClient client = new(emulator.CreateCcaiAppsClientOptions());

        SessionMetadata outbound = await client.Calls.CreateOutboundAsync(new NewOutboundCall { AgentEmail = "agent@example.com", EndUserNumber = "+15551234567" });
        SessionMetadata inbound = await client.Calls.CreateInboundAsync(new NewInboundCall { MenuId = 3, EndUserNumber = "+15551234567" });
        await client.CustomerFlags.UpdateAsync(outbound.Id, new CcaiCustomerFlags { VerifiedCustomer = true, RepeatCustomer = true });
        CcaiCustomerFlags flags = await client.CustomerFlags.GetAsync(outbound.Id);

        Assert.Equal(CcaiSessionType.VoiceOutboundApi, outbound.CallType);
        Assert.Equal(CcaiSessionStatus.Assigned, outbound.Status);
        Assert.Equal(CcaiSessionStatus.Queued, inbound.Status);
        Assert.NotEqual(outbound.Id, inbound.Id);
        Assert.True(flags.VerifiedCustomer);
        Assert.False(flags.BadActor);
        Assert.True(flags.RepeatCustomer);
        Assert.Equal(4, emulator.Requests.Count(r => r.Route is EmulatorRoute.CreateCcaiCall or EmulatorRoute.GetCcaiCustomerFlags or EmulatorRoute.UpdateCcaiCustomerFlags));
    }

    [Fact]
    public async Task CcaiAppsClient_UnknownCallOrWrongToken_GetsTheDocumentedRefusals()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        CcaiAppsClientOptions wrongToken = emulator.CreateCcaiAppsClientOptions();
        wrongToken.ApiToken = "wrong-token";

        CcaiApiException unknown = await Assert.ThrowsAsync<CcaiApiException>(() => new CcaiAppsClient(emulator.CreateCcaiAppsClientOptions()).CustomerFlags.GetAsync(99));
        CcaiApiException refused = await Assert.ThrowsAsync<CcaiApiException>(() => new CcaiAppsClient(wrongToken).CustomerFlags.GetAsync(1));

        Assert.Equal(HttpStatusCode.NotFound, unknown.HttpStatus);
        Assert.Equal("Not Found", unknown.ServiceMessage);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.HttpStatus);
        Assert.Contains("Check the configuration keys Ccai:Subdomain and Ccai:ApiToken", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token", refused.Message, StringComparison.Ordinal);
    }
}
