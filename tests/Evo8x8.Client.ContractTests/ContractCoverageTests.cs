using System.Reflection;
using Evo8x8.Client.VoiceMessaging;

namespace Evo8x8.Client.ContractTests;

/// <summary>Every operation of the public API interfaces has a WireMock.Net contract test, so a new one cannot slip in without.</summary>
public sealed class ContractCoverageTests
{
    [Fact]
    public void EveryOperation_OfEveryApiInterface_HasAContractTest()
    {
        Type[] apis = [.. typeof(IVoiceClient).Assembly.GetExportedTypes().Where(t => t.IsInterface && t.Name.EndsWith("Api", StringComparison.Ordinal))];
        Type[] tests = [.. typeof(ContractCoverageTests).Assembly.GetTypes()];

        string[] missing =
        [
            .. from api in apis
               from operation in api.GetMethods()
               let testClass = tests.FirstOrDefault(t => t.Name == api.Name[1..] + "ContractTests")
               where testClass is null
                   || !testClass.GetMethods().Any(m => m.Name.StartsWith(operation.Name + "_", StringComparison.Ordinal) && m.GetCustomAttributes<FactAttribute>().Any())
               select $"{api.Name}.{operation.Name}",
        ];

        Assert.Equal(8, apis.Length);
        Assert.True(missing.Length == 0, "Operations without a contract test: " + string.Join(", ", missing));
    }
}
