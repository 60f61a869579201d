using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;

namespace Evo8x8.Client.Tests.Evo;

/// <summary>Listing against servers that page normally, page simply, or misbehave.</summary>
public sealed class SessionsApiListingTests
{
    [Fact]
    public async Task ListAsync_SimplifiedPagingAcrossThreePages_YieldsEverySessionAndStopsOnHasMorePages()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync(
            "sessions-simplified-page-0.json", "sessions-simplified-page-1.json", "sessions-simplified-page-2.json");

        List<string?> ids = await CollectAsync(evo, new SessionListQuery { SimplifiedPaging = true, CountPerPage = 2 });

        Assert.Equal(["s1", "s2", "s3", "s4", "s5"], ids);
        Assert.Equal(
            ["?page=0&countPerPage=2&simplifiedPaging=true", "?page=1&countPerPage=2&simplifiedPaging=true", "?page=2&countPerPage=2&simplifiedPaging=true"],
            evo.Server.Requests.Select(r => r.Query));
        Assert.All(evo.Server.Requests, r => EvoLoopback.AssertRequest(r, "GET", "/sessions", r.Query));
    }

    [Fact]
    public async Task ListAsync_SimplifiedPagingWithoutHasMorePages_GoesOnWhilePagesAreFullAndStopsAtTheEmptyOne()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(
            ScriptedReply.Json(200, """{"items":[{"id":"s1"},{"id":"s2"}]}"""),
            ScriptedReply.Json(200, """{"items":[{"id":"s3"},{"id":"s4"}]}"""),
            ScriptedReply.Json(200, """{"items":[]}"""));

        List<string?> ids = await CollectAsync(evo, new SessionListQuery { SimplifiedPaging = true, CountPerPage = 2 });

        Assert.Equal(["s1", "s2", "s3", "s4"], ids);
        Assert.Equal(3, evo.Server.Requests.Count);
    }

    [Fact]
    public async Task ListAsync_ServerRepeatsTheSamePageForever_StopsAfterTheRepeat()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.DefaultReply = ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-0.json");

        List<string?> ids = await CollectAsync(evo, new SessionListQuery { CountPerPage = 2 });

        Assert.Equal(["s1", "s2"], ids);
        Assert.Equal(["?page=0&countPerPage=2", "?page=1&countPerPage=2"], evo.Server.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task ListAsync_PagesOverlap_YieldsEachSessionOnce()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(
            ScriptedReply.Json(200, """{"items":[{"id":"s1"},{"id":"s2"}],"hasMorePages":true}"""),
            ScriptedReply.Json(200, """{"items":[{"id":"s2"},{"id":"s3"}],"hasMorePages":false}"""));

        Assert.Equal(["s1", "s2", "s3"], await CollectAsync(evo, new SessionListQuery { CountPerPage = 2 }));
    }

    [Fact]
    public async Task ListAsync_MaxItems_StopsWithoutFetchingMorePages()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("sessions-page-0.json", "sessions-page-1.json", "sessions-page-2.json");

        List<string?> ids = await CollectAsync(evo, new SessionListQuery { CountPerPage = 2, MaxItems = 3 });

        Assert.Equal(["s1", "s2", "s3"], ids);
        Assert.Equal(2, evo.Server.Requests.Count);
    }

    [Fact]
    public async Task ListAsync_SearchArchive_SendsTheFlagAndReadsTheArchivedSessions()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("sessions-archived-page.json");

        List<string?> ids = await CollectAsync(evo, new SessionListQuery { SearchArchive = true, AccountIds = ["account-1"] });

        Assert.Equal(["old-1", "old-2"], ids);
        evo.AssertOnlyRequest("GET", "/sessions", "?accountIds=account-1&searchArchive=true&page=0");
    }

    [Fact]
    public async Task ListAsync_ZeroMaxItemsAndCommaInSpecificIds_ThrowsNamingBothBeforeSending()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(
            () => CollectAsync(evo, new SessionListQuery { MaxItems = 0, SpecificIds = ["a,b"] }));

        Assert.Contains("MaxItems", error.Message, StringComparison.Ordinal);
        Assert.Contains("SpecificIds[0]", error.Message, StringComparison.Ordinal);
        Assert.Empty(evo.Server.Requests);
    }

    [Fact]
    public async Task GetWithLogAsync_GetStripsTheLog_ReadsItThroughSpecificIds()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("session-without-log.json", "sessions-specific-with-log.json");

        SessionInfo session = await evo.Sessions.GetWithLogAsync("session-1");

        Assert.Equal(["Incoming call from +15550001111", "Call ended"], session.Log.Select(entry => entry.Message));
        Assert.Equal(2, evo.Server.Requests.Count);
        EvoLoopback.AssertRequest(evo.Server.Requests[0], "GET", "/sessions/session-1");
        EvoLoopback.AssertRequest(evo.Server.Requests[1], "GET", "/sessions", "?accountIds=account-1&page=0&specificIds=session-1");
    }

    [Fact]
    public async Task GetWithLogAsync_GetCarriesTheLog_SendsOneRequest()
    {
        await using EvoLoopback evo = await EvoLoopback.AnsweringAsync("seed-002-session-info.json");

        SessionInfo session = await evo.Sessions.GetWithLogAsync("session-1");

        Assert.NotEmpty(session.Log);
        evo.AssertOnlyRequest("GET", "/sessions/session-1");
    }

    private static async Task<List<string?>> CollectAsync(EvoLoopback evo, SessionListQuery query)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ids = new List<string?>();
        await foreach (SessionInfo session in evo.Sessions.ListAsync(query, patience.Token))
        {
            ids.Add(session.Id);
        }

        return ids;
    }
}
