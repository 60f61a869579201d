using System.Net;
using Evo8x8.Client.Evo.Calls;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;

namespace Evo8x8.Client.Tests.Evo.Calls;

public sealed class CallsApiTests
{
    [Fact]
    public async Task ListActiveAsync_Account_SendsTheAccountAndReadsEveryField()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("active-calls-response.json");

        IReadOnlyList<CallInfo> calls = await evo.Client.Calls.ListActiveAsync("account-1").ToListAsync();

        evo.AssertOnlyRequest("GET", "/calls/active", "?accountId=account-1");
        CallInfo call = Assert.Single(calls);
        Assert.Equal("String", call.Sid);
        Assert.Equal("String", call.ParentCallSid);
        Assert.Equal("String", call.Annotation);
        Assert.Equal("String", call.StartTime?.Raw);
        Assert.Equal(0, call.Duration);
        Assert.Equal(0m, call.Price);
        Assert.Equal("String", call.ToFormatted);
    }

    [Fact]
    public async Task ListActiveAsync_UserWithoutManagerRole_ThrowsNamingTheRoles()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Fixture(403, "Evo/Fixtures/servicestack-forbidden-role.json"));

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => evo.Client.Calls.ListActiveAsync().ToListAsync());

        Assert.Equal(HttpStatusCode.Forbidden, error.HttpStatus);
        Assert.Contains("Manager or SystemAdministrator role", error.Message, StringComparison.Ordinal);
        evo.AssertOnlyRequest("GET", "/calls/active");
    }
}
