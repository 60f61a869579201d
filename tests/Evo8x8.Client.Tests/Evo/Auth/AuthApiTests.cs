using Evo8x8.Client.Core;
using Evo8x8.Client.Evo.Auth;
using Evo8x8.Client.Tests.Infrastructure;

namespace Evo8x8.Client.Tests.Evo.Auth;

public sealed class AuthApiTests
{
    [Fact]
    public async Task GetStatusAsync_PublishedSample_ReadsEveryField()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("auth-status-response.json");

        UserInfo? user = await evo.Client.Auth.GetStatusAsync();

        evo.AssertOnlyRequest("GET", "/auth/status");
        Assert.NotNull(user);
        Assert.False(user.IsAuthenticated);
        Assert.Equal("String", user.EmailAddress);
        Assert.Equal(["String"], user.Roles);
        Assert.Equal(["String"], user.AccountIds);
        Assert.Equal(["String"], user.AccountNames);
        Assert.Equal(UserManagerAccess.ReadOnly, user.ManagerAccess);
        Assert.Equal([DashboardPermission.ViewFiles], user.DashboardPermissions);
    }

    [Fact]
    public async Task GetStatusAsync_UnknownVocabulary_KeepsTheText()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Json(200, """{"isAuthenticated":true,"roles":["manager"],"managerAccess":"Audit","dashboardPermissions":["ViewWallboard"]}"""));

        UserInfo? user = await evo.Client.Auth.GetStatusAsync();

        Assert.True(user!.IsAuthenticated);
        Assert.True(user.HasRole("Manager"));
        Assert.Equal("Audit", user.ManagerAccess?.Value);
        Assert.Equal("ViewWallboard", Assert.Single(user.DashboardPermissions).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData(" null \n")]
    public async Task GetStatusAsync_NoUser_ReturnsNull(string answer)
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Json(200, answer));

        Assert.Null(await evo.Client.Auth.GetStatusAsync());
    }

    [Fact]
    public async Task GetStatusAsync_AnswerThatIsNotAUser_ThrowsTheTypedUnreadableAnswerError()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Json(200, """{"isAuthenticated":"maybe"}"""));

        Evo8x8TransportException error = await Assert.ThrowsAsync<Evo8x8TransportException>(() => evo.Client.Auth.GetStatusAsync());

        Assert.Equal(RequestDelivery.AnsweredUnreadable, error.Delivery);
        Assert.Contains("$.isAuthenticated", error.Message, StringComparison.Ordinal);
    }
}
