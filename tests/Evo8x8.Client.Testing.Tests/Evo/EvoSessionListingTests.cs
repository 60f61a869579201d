using System.Text.Json;
using Evo8x8.Client.Evo;
using NodaTime;

namespace Evo8x8.Client.Testing.Tests.Evo;

/// <summary>The emulator's <c>GET /sessions</c>: filters, sorting, paging and the archive, seen through the SDK.</summary>
public sealed class EvoSessionListingTests
{
    [Fact]
    public async Task List_SortByDateCreatedDescending_NewestFirst()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        foreach (string name in (string[])["first", "second", "third"])
        {
            await evo.CallAsync(displayName: name);
            evo.Emulator.Clock.Advance(Duration.FromMinutes(1));
        }

        List<SessionInfo> newestFirst = await evo.ListAsync(new SessionListQuery { SortField = "dateCreated", SortOrder = SortOrder.Descend });
        List<SessionInfo> oldestFirst = await evo.ListAsync(new SessionListQuery());

        Assert.Equal(["third", "second", "first"], newestFirst.Select(s => s.DisplayName));
        Assert.Equal(["first", "second", "third"], oldestFirst.Select(s => s.DisplayName));
    }

    [Fact]
    public async Task List_SortByDisplayNameAscending_Alphabetical()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        foreach (string name in (string[])["charlie", "alpha", "bravo"])
        {
            await evo.CallAsync(displayName: name);
        }

        List<SessionInfo> sorted = await evo.ListAsync(new SessionListQuery { SortField = "displayName", SortOrder = SortOrder.Ascend });

        Assert.Equal(["alpha", "bravo", "charlie"], sorted.Select(s => s.DisplayName));
    }

    [Fact]
    public async Task List_Filters_EachKeepsOnlyTheMatchingSessions()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo toBob = await evo.CallAsync("+15551110000", "to bob");
        SessionInfo toCarol = await evo.Sessions.CreateAsync(NewSession.OutgoingCall("+15552220000") with { CustomerId = "cust-7", ParentSessionId = toBob.Id });
        evo.Emulator.Clock.Advance(Duration.FromDays(2));
        SessionInfo later = await evo.CallAsync("+15553330000", "later");
        await evo.Sessions.RedirectAsync(later.Id!, "+15554440000");
        LocalDate today = evo.Emulator.Clock.GetCurrentInstant().InUtc().Date;

        Assert.Equal([toBob.Id], await IdsAsync(evo, new SessionListQuery { To = "111" }));
        Assert.Equal([toCarol.Id], await IdsAsync(evo, new SessionListQuery { CustomerIds = ["cust-7", "cust-8"] }));
        Assert.Equal([toCarol.Id], await IdsAsync(evo, new SessionListQuery { ParentSessionId = toBob.Id }));
        Assert.Equal([later.Id], await IdsAsync(evo, new SessionListQuery { Log = "redirected to" }));
        Assert.Equal([later.Id], await IdsAsync(evo, new SessionListQuery { StartDate = today }));
        Assert.Equal([toBob.Id, toCarol.Id], await IdsAsync(evo, new SessionListQuery { EndDate = today.PlusDays(-1) }));
        Assert.Equal([toBob.Id, later.Id], await IdsAsync(evo, new SessionListQuery { SpecificIds = [later.Id!, toBob.Id!] }));
        Assert.Equal(3, (await IdsAsync(evo, new SessionListQuery { From = evo.Emulator.EvoUserName, AccountIds = ["emulator-account"] })).Count);
        Assert.Empty(await IdsAsync(evo, new SessionListQuery { AccountIds = ["someone-else"] }));
    }

    [Fact]
    public async Task List_SessionsOlderThanFifteenDays_OnlyWithSearchArchive()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo old = await evo.CallAsync(displayName: "old");
        evo.Emulator.Clock.Advance(Duration.FromDays(16));
        SessionInfo recent = await evo.CallAsync(displayName: "recent");

        Assert.Equal([recent.Id], await IdsAsync(evo, new SessionListQuery()));
        Assert.Equal([old.Id], await IdsAsync(evo, new SessionListQuery { SearchArchive = true }));
        Assert.Equal(old.Id, (await evo.Sessions.GetAsync(old.Id!)).Id);
    }

    [Fact]
    public async Task List_SimplifiedPaging_LeavesTheTotalsOutAndTheSdkStillReadsEveryPage()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        for (int i = 0; i < 5; i++)
        {
            await evo.CallAsync(displayName: $"call {i}");
        }

        using HttpClient raw = EmulatorHttp.RawEvo(evo.Emulator);
        (_, JsonElement page) = await EmulatorHttp.ReadAsync(await raw.GetAsync("sessions?simplifiedPaging=true&countPerPage=2"));
        List<SessionInfo> all = await evo.ListAsync(new SessionListQuery { SimplifiedPaging = true, CountPerPage = 2 });

        Assert.False(page.TryGetProperty("totalCount", out _));
        Assert.True(page.GetProperty("hasMorePages").GetBoolean());
        Assert.Equal(5, all.Count);
        Assert.Equal(1 + 3, evo.Emulator.Requests.Count(r => r.Route == EmulatorRoute.ListSessions));
    }

    [Fact]
    public async Task List_RepeatedListKeys_AreReadLikeCommaJoinedOnes()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo first = await evo.CallAsync();
        SessionInfo second = await evo.CallAsync();
        await evo.CallAsync();
        using HttpClient raw = EmulatorHttp.RawEvo(evo.Emulator);

        (_, JsonElement page) = await EmulatorHttp.ReadAsync(await raw.GetAsync($"sessions?specificIds={first.Id}&specificIds={second.Id}"));

        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task GetWithLog_Session_ReturnsItsLog()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync();
        SessionInfo call = await evo.CallAsync();
        await evo.Sessions.HoldAsync(call.Id!);

        SessionInfo withLog = await evo.Sessions.GetWithLogAsync(call.Id!);

        Assert.Equal(2, withLog.Log.Count);
    }

    [Fact]
    public async Task GetWithLog_GetStripsTheLog_ReadsItThroughSpecificIds()
    {
        await using EvoEmulatorSession evo = await EvoEmulatorSession.StartAsync(new Evo8x8EmulatorOptions { EvoGetStripsLog = true });
        SessionInfo call = await evo.CallAsync();
        await evo.Sessions.HoldAsync(call.Id!);

        SessionInfo plain = await evo.Sessions.GetAsync(call.Id!);
        SessionInfo withLog = await evo.Sessions.GetWithLogAsync(call.Id!);

        Assert.Empty(plain.Log);
        Assert.Equal(["Session created by emulator@example.com", "Call held by emulator@example.com (None)"], withLog.Log.Select(entry => entry.Message));
        Assert.Contains(evo.Emulator.Requests, r => r.Route == EmulatorRoute.ListSessions && r.Query.Contains($"specificIds={call.Id}", StringComparison.Ordinal));
    }

    private static async Task<List<string?>> IdsAsync(EvoEmulatorSession evo, SessionListQuery query)
        => [.. (await evo.ListAsync(query)).Select(s => s.Id)];
}
