using System.Net;
using System.Text;
using Evo8x8.Client.ContractTests.Infrastructure;
using Evo8x8.Client.Evo;
using NodaTime;

namespace Evo8x8.Client.ContractTests.Evo;

/// <summary>
/// Every Evo Voice sessions operation against WireMock.Net: seed 002's SessionInfo, seed 003's NewSession (as Evo's
/// camelCase JSON), ServiceStack's <c>/Date(…)/</c> dates and <c>responseStatus</c> errors, with HTTP Basic auth.
/// </summary>
public sealed class SessionsApiContractTests : IDisposable
{
    private const string UserName = "evo-user@example.com";
    private const string Password = "evo-pass:word-123";
    private const string Folder = "Evo/Fixtures/";
    private static readonly string Basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName}:{Password}"));

    private readonly ContractServer _server = new();
    private readonly EvoVoiceClient _evo;

    public SessionsApiContractTests()
        => _evo = new EvoVoiceClient(new EvoVoiceClientOptions { UserName = UserName, Password = Password, BaseAddress = _server.BaseAddress });

    [Fact]
    public async Task GetAsync_Seed002_SendsGetWithBasicAuthAndReadsTheSession()
    {
        _server.Stub("GET", "/sessions/session-1", 200, Folder + "get-session.200.json");

        SessionInfo session = await _evo.Sessions.GetAsync("session-1");

        AssertSingleRequest("GET", "/sessions/session-1");
        Assert.Equal("session-1", session.Id);
        Assert.Equal(FlowChannel.Voice, session.Channel);
        Assert.Equal(SessionDirection.Incoming, session.Direction);
        Assert.Equal(SessionCallState.Disconnected, session.CallState);
        Assert.Equal(Instant.FromUtc(2024, 7, 3, 5, 59, 32) + Duration.FromMilliseconds(226), session.DateCreated?.Value);
        Assert.Equal("Ada Agent", session.AnsweredByName);
        Assert.Equal("Call started", Assert.Single(session.Log!).Message);
        Assert.Equal("T-42", Assert.Single(session.Members!).ApplicationData!["ticket"].ToString());
    }

    [Fact]
    public async Task GetAsync_ServiceStack401_ThrowsEvoApiExceptionWithoutThePassword()
    {
        _server.Stub("GET", "/sessions/session-1", 401, Folder + "get-session.401.json");

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => _evo.Sessions.GetAsync("session-1"));

        AssertSingleRequest("GET", "/sessions/session-1");
        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatus);
        Assert.Equal("Unauthorized", error.ErrorCode);
        Assert.Equal("Invalid UserName or Password", error.ServiceMessage);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_OutgoingCall_PostsTheNewSessionAndReadsServiceStackDates()
    {
        _server.Stub("POST", "/sessions", 200, Folder + "create-session.200.json");

        SessionInfo created = await _evo.Sessions.CreateAsync(
            NewSession.OutgoingCall("+15551234567", "+15557654321") with { DisplayName = "Follow-up" });

        AssertSingleRequest("POST", "/sessions", Folder + "create-session.request.json");
        Assert.Equal("session-created-1", created.Id);
        Assert.Equal(SessionDirection.Outgoing, created.Direction);
        Assert.Equal(SessionCallState.Connected, created.CallState);
        Assert.Equal("/Date(1720000000000)/", created.DateCreated?.Raw);
        Assert.Equal(Instant.FromUnixTimeMilliseconds(1720000000000), created.DateCreated?.Value);
        Assert.Equal(Instant.FromUnixTimeMilliseconds(1720000000000), created.DateLastModified?.Value);
    }

    [Fact]
    public async Task CreateAsync_ServiceStackValidationError_ThrowsEvoApiExceptionWithEveryFieldError()
    {
        _server.Stub("POST", "/sessions", 400, Folder + "create-session.400.json");

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(
            () => _evo.Sessions.CreateAsync(NewSession.OutgoingCall("+15551234567", "+15557654321") with { DisplayName = "Follow-up" }));

        AssertSingleRequest("POST", "/sessions", Folder + "create-session.request.json");
        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatus);
        Assert.Equal(["Destination", "FromPhoneNumber"], error.FieldErrors.Select(e => e.FieldName));
        Assert.DoesNotContain("SessionService.cs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPageAsync_EveryFilter_SendsTheQueryAndReadsThePage()
    {
        _server.Stub("GET", "/sessions", 200, Folder + "list-sessions.page-1.json");
        var query = new SessionListQuery
        {
            AccountIds = ["a1", "a2"],
            StartDate = new LocalDate(2024, 7, 1),
            EndDate = new LocalDate(2024, 7, 3),
            CountPerPage = 2,
            SortField = "dateCreated",
            SortOrder = SortOrder.Descend,
        };

        SessionPage page = await _evo.Sessions.ListAsync(query).GetPageAsync(1);

        AssertSingleRequest(
            "GET",
            "/sessions",
            query: "?accountIds=a1%2Ca2&startDate=2024-07-01&endDate=2024-07-03&page=1&countPerPage=2&sortField=dateCreated&sortOrder=Descend");
        Assert.Equal(["s3", "s4"], page.Items.Select(s => s.Id));
        Assert.Equal(Instant.FromUnixTimeMilliseconds(1720000000000), page.Items[0].DateCreated?.Value);
        Assert.Equal(4, page.TotalCount);
        Assert.Equal(2, page.TotalPages);
        Assert.False(page.HasMorePages);
    }

    [Fact]
    public async Task ListAsync_LastPage_SendsOneGetFromPageZeroAndYieldsItsSessions()
    {
        _server.Stub("GET", "/sessions", 200, Folder + "list-sessions.page-1.json");

        List<string?> ids = [];
        await foreach (SessionInfo session in _evo.Sessions.ListAsync(new SessionListQuery { CountPerPage = 2 }))
        {
            ids.Add(session.Id);
        }

        // The fixture says 2 pages in all, so the listing asks for page 1 as well; both answers are the same fixture, and a
        // page that repeats sessions already listed yields nothing again (the listing never loops on a repeated page).
        Assert.Equal(["?page=0&countPerPage=2", "?page=1&countPerPage=2"], _server.Requests.Select(ContractServer.Query));
        Assert.All(_server.Requests, r => Assert.Equal(Basic, ContractServer.Header(r, "Authorization")));
        Assert.Equal(["s3", "s4"], ids);
    }

    [Fact]
    public async Task EndAsync_Session_SendsDeleteWithTheIdAndNoBody()
    {
        _server.Stub("DELETE", "/sessions/session-1", 204);

        await _evo.Sessions.EndAsync("session-1");

        AssertSingleRequest("DELETE", "/sessions/session-1");
    }

    public void Dispose() => _server.Dispose();

    private void AssertSingleRequest(string method, string path, string? bodyFixture = null, string query = "")
        => UserAgent.AssertSdk(_server.AssertSingleRequest(method, path, Basic, bodyFixture, query));
}
