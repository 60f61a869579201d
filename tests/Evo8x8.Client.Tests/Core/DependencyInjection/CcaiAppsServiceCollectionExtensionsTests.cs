using System.Text;
using Evo8x8.Client.Ccai.Apps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Evo8x8.Client.Tests.Core.DependencyInjection;

public sealed class CcaiAppsServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddCcaiApps_FromConfiguration_ResolvesAClientThatAuthenticatesAsTheSubdomain()
    {
        using WireMockServer server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/apps/api/v1/calls/3/customer_flag").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"bad_actor":true}"""));
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ccai:Subdomain"] = "acme",
            ["Ccai:Domain"] = "uc1.ccaiplatform.com",
            ["Ccai:ApiToken"] = "token-1",
            ["Ccai:BaseAddress"] = $"http://127.0.0.1:{server.Port}/apps/api/v1/",
        }).Build();
        ServiceCollection services = new();
        services.AddCcaiApps(configuration.GetSection("Ccai"));
        using ServiceProvider provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        CcaiCustomerFlags flags = await provider.GetRequiredService<ICcaiAppsClient>().CustomerFlags.GetAsync(3);

        Assert.True(flags.BadActor);
        Assert.Equal(
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("acme:token-1")),
            Assert.Single(Assert.Single(server.LogEntries).RequestMessage.Headers!["Authorization"]));
    }

    [Fact]
    public void AddCcaiApps_MissingToken_FailsStartUpValidationNamingIt()
    {
        ServiceCollection services = new();
        services.AddCcaiApps("tenant-b", options => { options.Subdomain = "acme"; options.Domain = "uc1.ccaiplatform.com"; });
        using ServiceProvider provider = services.BuildServiceProvider();

        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ApiToken is missing", Assert.Single(error.Failures), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ICcaiAppsClientFactory>().Create("tenant-c"));
    }
}
