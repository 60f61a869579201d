using Evo8x8.Client.Evo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.Tests.Core.DependencyInjection;

public sealed class EvoVoiceServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("UserName", "", "Evo Voice client (configuration section 'Evo8x8:Evo'): UserName is missing: set the Evo Voice user name the requests authenticate as.")]
    [InlineData("Password", "", "Password is missing: set the Evo Voice password of UserName.")]
    [InlineData("BaseAddress", "http://evovoice.io/", "BaseAddress 'http://evovoice.io/' must use https (plain http is allowed only for 127.0.0.1 or localhost).")]
    [InlineData("Resilience:TotalTimeout", "3.00:00:00", "Resilience.TotalTimeout is 3.00:00:00: use a duration from 00:00:00.010 to 1.00:00:00 (one day), written like 00:00:30.")]
    public void AddEvoVoice_BadSetting_FailsStartUpValidationWithItsMessage(string key, string value, string expected)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Evo8x8:Evo:UserName"] = "ops@acme.example",
            ["Evo8x8:Evo:Password"] = "secret",
            [$"Evo8x8:Evo:{key}"] = value,
        }).Build();
        var services = new ServiceCollection();
        services.AddEvoVoice(configuration.GetSection("Evo8x8:Evo"));
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddEvoVoice_NamedAccounts_FactoryMakesEachAndRefusesUnknownNames()
    {
        var services = new ServiceCollection();
        services.AddEvoVoice("east", options => { options.UserName = "east@acme.example"; options.Password = "p1"; });
        services.AddEvoVoice(options => { options.UserName = "main@acme.example"; options.Password = "p0"; });
        using ServiceProvider provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IEvoVoiceClientFactory>();

        Assert.IsType<EvoVoiceClient>(factory.Create("east"));
        Assert.IsType<EvoVoiceClient>(provider.GetRequiredService<IEvoVoiceClient>());
        var unknown = Assert.Throws<InvalidOperationException>(() => factory.Create("west"));
        Assert.Contains("services.AddEvoVoice(\"west\", …)", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddEvoVoice_PasswordInOptions_NeverInTheValidationMessage()
    {
        var services = new ServiceCollection();
        services.AddEvoVoice(options => { options.Password = "hunter2-very-secret"; options.BaseAddress = new Uri("ftp://evo.example"); });
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(2, error.Failures.Count());
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
