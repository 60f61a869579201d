using System.Reflection;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.ContractTests;

/// <summary>Every operation of the public API interfaces has a WireMock.Net contract test, so a new one cannot slip in without.</summary>
public sealed class ContractCoverageTests
{
    // Evo call control, chat, search, calls and auth (issue 15): their contract tests (verb, route, query, Basic auth,
    // body, answers shaped like Evo's metadata pages) run over the loopback server in tests/Evo8x8.Client.Tests/Sessions
    // (SessionsApiCallControlTests, SessionsApiChatTests, SessionsApiListingTests, Calls/, Auth/).
    private static readonly string[] CoveredOverLoopback =
    [
        "ISessionsApi.CreateOutgoingAsync", "ISessionsApi.RedirectAsync", "ISessionsApi.HoldAsync", "ISessionsApi.PatchAsync",
        "ISessionsApi.AddConferenceMemberAsync", "ISessionsApi.RejectAsync", "ISessionsApi.StartRecordingAsync",
        "ISessionsApi.DeleteRangeAsync", "ISessionsApi.InviteChatMemberAsync", "ISessionsApi.DeleteChatMemberAsync",
        "ISessionsApi.SendMessageAsync", "ISessionsApi.GetChatTranscriptAsync", "ISessionsApi.GetWithLogAsync",
        "ISessionsApi.ListActiveAsync", "ISessionsApi.ListMineAsync", "ICallsApi.ListActiveAsync", "IAuthApi.GetStatusAsync",
        "ICcaiCallsApi.CreateOutboundAsync", "ICcaiCallsApi.CreateInboundAsync", "ICcaiCallsApi.ScheduleAsync",
        "ICcaiCustomerFlagsApi.GetAsync", "ICcaiCustomerFlagsApi.UpdateAsync", "ICcaiChatMediaApi.DownloadAsync",
    ];

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
               let name = $"{api.Name}.{operation.Name}"
               where !CoveredOverLoopback.Contains(name)
               select name,
        ];

        Assert.Equal(13, apis.Length);
        Assert.True(missing.Length == 0, "Operations without a contract test: " + string.Join(", ", missing));
    }
}
