using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;
using NodaTime;

namespace Evo8x8.Client.Tests.Evo;

public sealed class SessionsApiTests
{
    [Fact]
    public async Task GetAsync_Session_SendsAuthenticatedGetAndReadsTheSession()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Fixture(200, "Evo/Fixtures/seed-002-session-info.json"));

        SessionInfo session = await evo.Sessions.GetAsync("session-1");

        RecordedRequest request = Assert.Single(evo.Server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/sessions/session-1", request.Path);
        Assert.Equal(string.Empty, request.Query);
        Assert.Equal(EvoLoopback.ExpectedAuthorization, request.Header("Authorization"));
        Assert.Contains("application/json", request.Header("Accept"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, request.Body);
        Assert.Equal("session-1", session.Id);
        Assert.Equal(SessionDirection.Incoming, session.Direction);
    }

    [Fact]
    public async Task GetAsync_IdWithReservedCharacters_EscapesIt()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Json(200, """{"id":"a b?c"}"""));

        await evo.Sessions.GetAsync("a b?c");

        Assert.Equal("/sessions/a b?c", Assert.Single(evo.Server.Requests).Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task GetAsync_BlankId_ThrowsBeforeSending(string sessionId)
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => evo.Sessions.GetAsync(sessionId));

        Assert.Empty(evo.Server.Requests);
    }

    [Fact]
    public async Task GetAsync_UnparseableDates_ReturnsTheSessionWithTheText()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Fixture(200, "Evo/Fixtures/session-unparseable-dates.json"));

        SessionInfo session = await evo.Sessions.GetAsync("session-odd-dates");

        Assert.Equal("yesterday afternoon", session.DateCreated?.Raw);
        Assert.Null(session.DateCreated?.Value);
        Assert.Equal(Instant.FromUnixTimeMilliseconds(1720000000000), session.DateLastModified?.Value);
    }

    [Fact]
    public async Task CreateAsync_OutgoingCall_PostsTheNewSessionAndReadsTheCreatedOne()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Fixture(200, "Evo/Fixtures/seed-002-session-info.json"));

        SessionInfo created = await evo.Sessions.CreateAsync(
            NewSession.OutgoingCall("+15551234567", fromPhoneNumber: "+15557654321") with { DisplayName = "Follow-up" });

        RecordedRequest request = Assert.Single(evo.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/sessions", request.Path);
        Assert.Equal(EvoLoopback.ExpectedAuthorization, request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Fixtures.AssertJsonEqual(Fixtures.Read("Evo/Fixtures/new-session-outgoing-call.json"), request.Body);
        Assert.Equal("session-1", created.Id);
    }

    [Fact]
    public async Task ListPageAsync_EveryParameter_SendsListSessionsQueryWithListsCommaJoined()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-1.json"));
        var query = new SessionListQuery
        {
            AccountIds = ["a1", "a2"],
            SearchArchive = true,
            StartDate = new LocalDate(2024, 7, 1),
            EndDate = new LocalDate(2024, 7, 3),
            CustomerIds = ["c1"],
            EndpointIds = ["e1", "e2"],
            From = "+1555",
            To = "Bob Smith",
            Log = "voicemail left",
            ParentSessionId = "p1",
            All = false,
            CountPerPage = 2,
            SpecificIds = ["s3", "s4"],
            SortField = "dateCreated",
            SortOrder = SortOrder.Descend,
            SimplifiedPaging = false,
            MaxItems = 3,
        };

        SessionPage page = await evo.Sessions.ListAsync(query).GetPageAsync(1);

        RecordedRequest request = Assert.Single(evo.Server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/sessions", request.Path);
        Assert.Equal(
            "?accountIds=a1%2Ca2&searchArchive=true&startDate=2024-07-01&endDate=2024-07-03&customerIds=c1&endpointIds=e1%2Ce2&from=%2B1555&to=Bob%20Smith"
            + "&log=voicemail%20left&parentSessionId=p1&page=1&all=false&countPerPage=2&specificIds=s3%2Cs4&sortField=dateCreated&sortOrder=Descend"
            + "&simplifiedPaging=false",
            request.Query);
        Assert.Equal(EvoLoopback.ExpectedAuthorization, request.Header("Authorization"));
        Assert.Equal(["s3", "s4"], page.Items.Select(s => s.Id));
        Assert.Equal(5, page.TotalCount);
        Assert.Equal(3, page.TotalPages);
        Assert.True(page.HasMorePages);
    }

    [Fact]
    public async Task ListAsync_ThreePages_YieldsEverySessionInOrder()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(
            ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-0.json"),
            ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-1.json"),
            ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-2.json"));

        var ids = new List<string?>();
        await foreach (SessionInfo session in evo.Sessions.ListAsync(new SessionListQuery { CountPerPage = 2 }))
        {
            ids.Add(session.Id);
        }

        Assert.Equal(["s1", "s2", "s3", "s4", "s5"], ids);
        Assert.Equal(
            ["?page=0&countPerPage=2", "?page=1&countPerPage=2", "?page=2&countPerPage=2"],
            evo.Server.Requests.Select(r => r.Query));
        Assert.All(evo.Server.Requests, r => Assert.Equal(EvoLoopback.ExpectedAuthorization, r.Header("Authorization")));
    }

    [Fact]
    public async Task ListAsync_StoppedAfterFirstSession_FetchesOnlyTheFirstPage()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(
            ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-0.json"),
            ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-1.json"));

        await foreach (SessionInfo session in evo.Sessions.ListAsync())
        {
            Assert.Equal("s1", session.Id);
            break;
        }

        Assert.Equal("?page=0", Assert.Single(evo.Server.Requests).Query);
    }

    [Fact]
    public async Task ListAsync_EmptyPageDespiteMorePages_Stops()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Json(200, """{"items":[],"totalCount":9,"totalPages":5,"hasMorePages":true}"""));

        var ids = new List<string?>();
        await foreach (SessionInfo session in evo.Sessions.ListAsync())
        {
            ids.Add(session.Id);
        }

        Assert.Empty(ids);
        Assert.Single(evo.Server.Requests);
    }

    [Fact]
    public async Task ListAsync_IdWithCommaAndZeroPageSize_ThrowsNamingBothBeforeSending()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        var query = new SessionListQuery { CustomerIds = ["c1", "c,2"], CountPerPage = 0 };

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (SessionInfo session in evo.Sessions.ListAsync(query))
            {
                Assert.Fail($"Unexpected session {session.Id}");
            }
        });

        Assert.Contains("CustomerIds[1]", error.Message, StringComparison.Ordinal);
        Assert.Contains("CountPerPage", error.Message, StringComparison.Ordinal);
        Assert.Empty(evo.Server.Requests);
    }

    [Fact]
    public async Task EndAsync_Session_SendsAuthenticatedDelete()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(new ScriptedReply(204, string.Empty, null));

        await evo.Sessions.EndAsync("session-1");

        RecordedRequest request = Assert.Single(evo.Server.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/sessions/session-1", request.Path);
        Assert.Equal(string.Empty, request.Query);
        Assert.Equal(EvoLoopback.ExpectedAuthorization, request.Header("Authorization"));
        Assert.Equal(string.Empty, request.Body);
    }
}
