using System.Net;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Ccai.Apps;
using Evo8x8.Client.Ccai;
using Evo8x8.Client.Tests.Infrastructure;
using NodaTime;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Evo8x8.Client.Tests.Ccai.Apps;

public sealed class CcaiAppsClientTests : IDisposable
{
    private const string Token = "tok-3f9a-secret";
    private static readonly string ExpectedAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("customer:" + Token));
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Stop();

    [Fact]
    public async Task CreateOutboundAsync_Accepted_PostsCallsWithBasicAuthAndReadsTheCall()
    {
        _server.Given(Request.Create().WithPath("/apps/api/v1/calls").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(Fixture("outbound-call-201.json")));

        SessionMetadata call = await Client().Calls.CreateOutboundAsync(new NewOutboundCall
        {
            AgentEmail = "agent@somedomain.com",
            OutboundNumber = "+1 760-867-5309",
            EndUserNumber = "123123",
            Lang = "en",
        });

        Assert.Equal(5012, call.Id);
        Assert.Equal(CcaiSessionType.VoiceOutboundApi, call.CallType);
        Assert.Equal(CcaiSessionStatus.Assigned, call.Status);
        Assert.Equal("Agent Smith", call.AgentInfo!.Name);
        Assert.Equal(2, call.Participants!.Count);
        using JsonDocument body = AssertSingleRequest("POST", "/apps/api/v1/calls");
        AssertJson(
            """{"agent_email":"agent@somedomain.com","end_user_number":"123123","outbound_number":"+1 760-867-5309","lang":"en","call_type":"Voice Outbound (API)"}""",
            body);
    }

    [Fact]
    public async Task CreateInboundAsync_WithPermission_SendsMenuNumberAndInputFormOfPermission()
    {
        _server.Given(Request.Create().WithPath("/apps/api/v1/calls").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":7,"call_type":"Voice Inbound (API)","status":"queued"}"""));

        SessionMetadata call = await Client().Calls.CreateInboundAsync(new NewInboundCall { MenuId = 42, EndUserNumber = "+15551234567", RecordingPermission = CcaiRecordingPermission.Granted });

        Assert.Equal(CcaiSessionStatus.Queued, call.Status);
        using JsonDocument body = AssertSingleRequest("POST", "/apps/api/v1/calls");
        AssertJson("""{"menu_id":42,"end_user_number":"+15551234567","call_type":"Voice Inbound (API)","recording_permission":"recording_permission_granted"}""", body);
    }

    [Fact]
    public async Task ScheduleAsync_ForAMenu_SendsTheTimeAsUtc()
    {
        _server.Given(Request.Create().WithPath("/apps/api/v1/calls").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":8,"call_type":"Voice Inbound (API)","status":"queued"}"""));

        await Client().Calls.ScheduleAsync(new NewScheduledCall { MenuId = 9, EndUserNumber = "+15551234567", ScheduledAt = Instant.FromUtc(2024, 7, 1, 15, 30) });

        using JsonDocument body = AssertSingleRequest("POST", "/apps/api/v1/calls");
        AssertJson("""{"menu_id":9,"end_user_number":"+15551234567","scheduled_at":"2024-07-01T15:30:00.000Z","call_type":"Voice Scheduled (API)"}""", body);
    }

    [Fact]
    public async Task GetAsync_Answered_GetsTheRouteAndReadsTheFlags()
    {
        _server.Given(Request.Create().WithPath("/apps/api/v1/calls/5012/customer_flag").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"verified_customer":true,"bad_actor":false,"repeat_customer":true}"""));

        CcaiCustomerFlags flags = await Client().CustomerFlags.GetAsync(5012);

        Assert.True(flags.VerifiedCustomer);
        Assert.False(flags.BadActor);
        Assert.True(flags.RepeatCustomer);
        AssertSingleRequest("GET", "/apps/api/v1/calls/5012/customer_flag").Dispose();
    }

    [Fact]
    public async Task UpdateAsync_SomeFlags_PatchesWithThePagesKeysAndLeavesUnsetOut()
    {
        _server.Given(Request.Create().WithPath("/apps/api/v1/calls/5012/customer_flag").UsingPatch())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));

        await Client().CustomerFlags.UpdateAsync(5012, new CcaiCustomerFlags { BadActor = true, RepeatCustomer = false });

        using JsonDocument body = AssertSingleRequest("PATCH", "/apps/api/v1/calls/5012/customer_flag");
        AssertJson("""{"bad_actor":true,"repeat_customers":false}""", body);
    }

    [Fact]
    public async Task DownloadAsync_Answered_ReturnsTheBytes()
    {
        byte[] photo = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
        _server.Given(Request.Create().WithPath("/apps/api/v1/chats/77/media/4411").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/jpeg").WithBody(photo));

        Assert.Equal(photo, await Client().ChatMedia.DownloadAsync(77, 4411));
        AssertSingleRequest("GET", "/apps/api/v1/chats/77/media/4411").Dispose();
    }

    [Fact]
    public async Task CreateOutboundAsync_400_RaisesTheServiceMessageWithoutTheToken()
    {
        _server.Given(Request.Create().WithPath("/apps/api/v1/calls").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json").WithBody("""{"message": "Agent email required"}"""));

        CcaiApiException error = await Assert.ThrowsAsync<CcaiApiException>(() => Client().Calls.CreateOutboundAsync(new NewOutboundCall { AgentEmail = "nobody@example.com" }));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatus);
        Assert.Equal("Agent email required", error.ServiceMessage);
        Assert.Contains("CCAI Platform answered POST", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 400", error.Message, StringComparison.Ordinal);
        Assert.Contains("Agent email required", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.Single(_server.LogEntries);
    }

    [Fact]
    public async Task GetAsync_401_ThrowsCcaiApiExceptionNamingTheConfigurationKeys()
    {
        _server.Given(Request.Create().WithPath("/apps/api/v1/calls/1/customer_flag").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401).WithBody(string.Empty));

        CcaiApiException error = await Assert.ThrowsAsync<CcaiApiException>(() => Client().CustomerFlags.GetAsync(1));

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatus);
        Assert.Contains("Check the configuration keys Ccai:Subdomain and Ccai:ApiToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateOutboundAsync_429ThenCreated_BacksOffAsToldAndSucceeds()
    {
        _server.Given(Request.Create().WithPath("/apps/api/v1/calls").UsingPost()).InScenario("limit").WillSetStateTo("served")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithBody("""{"message": "Too many requests"}"""));
        _server.Given(Request.Create().WithPath("/apps/api/v1/calls").UsingPost()).InScenario("limit").WhenStateIs("served")
            .RespondWith(Response.Create().WithStatusCode(201).WithBody(Fixture("outbound-call-201.json")));

        // The public constructor: the shared pipeline with its retries, and the tenant's shared budget.
        SessionMetadata call = await new CcaiAppsClient(Options()).Calls.CreateOutboundAsync(new NewOutboundCall { AgentEmail = "agent@somedomain.com", EndUserNumber = "123123" });

        Assert.Equal(5012, call.Id);
        ILogEntry[] attempts = [.. _server.LogEntries.OrderBy(entry => entry.RequestMessage.DateTime)];
        Assert.Equal(2, attempts.Length);
        Assert.Equal(429, (int)attempts[0].ResponseMessage.StatusCode!);
        Assert.True(attempts[1].RequestMessage.DateTime - attempts[0].RequestMessage.DateTime >= TimeSpan.FromSeconds(0.9), "the retry waited for Retry-After");
    }

    [Fact]
    public async Task Burst_ThirtyRequests_NeverMoreThanTenInOneSecondOfTheLimitersClock()
    {
        _server.Given(Request.Create().WithPath("/apps/api/v1/calls/5/customer_flag").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"verified_customer":true}"""));
        ManualTimeProvider clock = new();
        using TenantRequestLimiter limiter = new(10, clock);
        CcaiAppsClient client = new(Options(), new HttpClient(), limiter, fromFactory: false);

        Task<CcaiCustomerFlags>[] burst = [.. Enumerable.Range(0, 30).Select(_ => client.CustomerFlags.GetAsync(5))];

        // The limiter's clock moves only when the test moves it. Ten go at once; the eleventh waits a whole second.
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.WaitForTimerAsync(wait => wait > TimeSpan.Zero));
        Assert.Equal(20, limiter.GetStatistics()!.CurrentQueuedCount);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(20, limiter.GetStatistics()!.CurrentQueuedCount);

        // At one second ten more go, and the twenty-first waits for the second after.
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.WaitForTimerAsync(wait => wait > TimeSpan.Zero));
        Assert.Equal(10, limiter.GetStatistics()!.CurrentQueuedCount);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.All(await Task.WhenAll(burst), flags => Assert.True(flags.VerifiedCustomer));
        Assert.Equal(0, limiter.GetStatistics()!.CurrentQueuedCount);
        Assert.Equal(30, _server.LogEntries.Count());
    }

    [Fact]
    public void Constructor_BadOptions_NamesEveryProblemWithoutTheToken()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new CcaiAppsClient(new CcaiAppsClientOptions { Subdomain = "customer.uc1", Domain = "https://uc1.ccaiplatform.com", ApiToken = string.Empty, RequestsPerSecond = 0 }));

        Assert.Contains("Subdomain", error.Message, StringComparison.Ordinal);
        Assert.Contains("Domain", error.Message, StringComparison.Ordinal);
        Assert.Contains("ApiToken is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("RequestsPerSecond", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveBaseAddress_SubdomainAndDomain_MakeTheAppsApiAddress()
    {
        CcaiAppsClientOptions options = new() { Subdomain = "customer", Domain = "uc1.ccaiplatform.com", ApiToken = Token };

        Assert.Equal(new Uri("https://customer.uc1.ccaiplatform.com/apps/api/v1/"), options.ResolveBaseAddress());
        Assert.DoesNotContain(Token, options.ToString(), StringComparison.Ordinal);
    }

    private CcaiAppsClientOptions Options() => new()
    {
        Subdomain = "customer",
        Domain = "uc1.ccaiplatform.com",
        ApiToken = Token,
        BaseAddress = new Uri($"http://127.0.0.1:{_server.Port}/apps/api/v1/"),
        Resilience = { BaseDelay = TimeSpan.FromMilliseconds(10) },
    };

    // Each test has its own limiter so that tests running side by side do not share one tenant budget.
    private CcaiAppsClient Client() => new(Options(), new HttpClient(), new TenantRequestLimiter(1000, TimeProvider.System), fromFactory: false);

    private JsonDocument AssertSingleRequest(string method, string path)
    {
        ILogEntry entry = Assert.Single(_server.LogEntries);
        Assert.Equal(method, entry.RequestMessage.Method);
        Assert.Equal(path, entry.RequestMessage.Path);
        Assert.Equal(ExpectedAuthorization, Assert.Single(entry.RequestMessage.Headers!["Authorization"]));
        return JsonDocument.Parse(string.IsNullOrEmpty(entry.RequestMessage.Body) ? "null" : entry.RequestMessage.Body);
    }

    private static void AssertJson(string expected, JsonDocument actual)
    {
        using JsonDocument wanted = JsonDocument.Parse(expected);
        Assert.Equal(
            wanted.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())).OrderBy(p => p.Name, StringComparer.Ordinal),
            actual.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())).OrderBy(p => p.Name, StringComparer.Ordinal));
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ccai", "Apps", "Fixtures", name));
}
