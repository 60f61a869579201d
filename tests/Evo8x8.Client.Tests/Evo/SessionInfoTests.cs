using System.Text.Json.Nodes;
using System.Text.Json;
using Evo8x8.Client.Evo.Json;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Tests.Evo;

public sealed class SessionInfoTests
{
    private const string Seed002 = "Evo/Fixtures/seed-002-session-info.json";
    private const string Seed002PascalCase = "Evo/Fixtures/seed-002-session-info-pascal-case.json";

    [Theory]
    [InlineData(Seed002)]
    [InlineData(Seed002PascalCase)]
    public void Deserialize_Seed002Twin_ReadsEveryField(string fixture)
    {
        SessionInfo session = Parse(Fixtures.Read(fixture));

        Assert.Equal("session-1", session.Id);
        Assert.Equal("2024-07-03T05:59:32.226Z", session.DateCreated?.Raw);
        Assert.Equal(At("2024-07-03T05:59:32.226Z"), session.DateCreated?.Value);
        Assert.Equal("2024-07-03T06:01:02+02:00", session.DateLastModified?.Raw);
        Assert.Equal(At("2024-07-03T04:01:02Z"), session.DateLastModified?.Value);
        Assert.Equal("user-creator", session.CreatedBy);
        Assert.Equal("user-modifier", session.LastModifiedBy);
        Assert.Equal(SessionDialState.None, session.DialState);
        Assert.Equal(SessionCallState.Disconnected, session.CallState);
        Assert.Equal(SessionQueueState.None, session.QueueState);
        Assert.Equal("account-1", session.AccountId);
        Assert.Equal("Acme Support", session.AccountName);
        Assert.Equal("customer-1", session.CustomerId);
        CustomerBreadcrumb crumb = Assert.Single(session.CustomerBreadcrumb);
        Assert.Equal("customer-root", crumb.Id);
        Assert.Equal("Acme", crumb.Name);
        Assert.Equal("Acme West", session.CustomerName);
        Assert.Equal("endpoint-1", session.EndpointId);
        Assert.Equal("Main line", session.EndpointName);
        Assert.Equal(At("2024-07-03T06:00:00Z"), session.DateCompleted?.Value);
        Assert.Equal("+15550000002", session.Destination);
        Assert.Equal("+15550000005", session.ToAddress);
        Assert.Equal("+15550000003", session.FromAddress);
        Assert.Equal("Carl Caller", session.FromName);
        Assert.Equal("Ada Agent", session.AnsweredByName);
        Assert.Equal("queue-member-1", session.QueueMemberId);
        Assert.Equal(FlowChannel.Voice, session.Channel);
        Assert.False(session.Ended);
        Assert.Equal("Answered", session.Outcome);
        Assert.Equal("CA0001", session.CallSid);
        Assert.Equal("console-data", session.ConsoleData);
        Assert.Equal("Hold queue", session.HoldQueueName);
        Assert.Equal("user-holder", session.HeldByUserId);
        Assert.Equal(SessionHoldReason.None, session.HoldReason);
        Assert.Equal("CF0001", session.ConferenceSid);
        Assert.Equal("Inbound call", session.DisplayName);
        SessionLogInfo log = Assert.Single(session.Log);
        Assert.Equal(At("2024-07-03T05:59:33Z"), log.Date?.Value);
        Assert.Equal("Call started", log.Message);
        SessionMemberInfo member = Assert.Single(session.Members);
        Assert.Equal("identity-1", member.Identity);
        Assert.Equal("endpoint-2", member.EndpointId);
        Assert.Equal("Carl Caller", member.DisplayName);
        Assert.False(member.IsOriginalMember);
        Assert.Equal("https://example.com/avatar.png", member.AvatarUrl);
        Assert.Equal(new Dictionary<string, string> { ["ticket"] = "T-42" }, member.ApplicationData);
        Assert.Equal(SessionMemberCallState.None, member.CallState);
        Assert.Equal(SessionMemberRole.None, member.Role);
        Assert.Equal("CA0002", member.CallSid);
        Assert.False(member.Muted);
        Assert.Equal("+15550000001", session.CallbackNumber);
        Assert.Equal("endpoint-answered", session.AnsweredById);
        Assert.Equal(SessionDirection.Incoming, session.Direction);
        Assert.Equal("+15550000004", session.FromPhoneNumber);
        Assert.Equal("CA0003", session.MostRecentParticipantCallSid);
        Assert.False(session.WasMissed);
        Assert.Equal("ring-queue-1", session.RingQueueId);
    }

    [Fact]
    public void Contract_Seed002Twin_HasExactlyTheFieldsOfTheModel()
    {
        // Guards both ways: a field of the seed missing from the model, and a model property misspelled against the seed.
        var fixture = JsonNode.Parse(Fixtures.Read(Seed002))!.AsObject();
        string[] modelNames = [.. EvoJsonContext.Default.SessionInfo.Properties.Select(p => p.Name).Order(StringComparer.Ordinal)];
        string[] fixtureNames = [.. fixture.Select(p => p.Key).Order(StringComparer.Ordinal)];
        Assert.Equal(fixtureNames, modelNames);

        var member = fixture["members"]![0]!.AsObject();
        string[] memberNames = [.. EvoJsonContext.Default.SessionMemberInfo.Properties.Select(p => p.Name).Order(StringComparer.Ordinal)];
        Assert.Equal([.. member.Select(p => p.Key).Order(StringComparer.Ordinal)], memberNames);
    }

    [Fact]
    public void Serialize_Seed002Twin_WritesItBackUnchanged()
    {
        string json = Fixtures.Read(Seed002);

        string written = JsonSerializer.Serialize(Parse(json), EvoJsonContext.Default.SessionInfo);

        Fixtures.AssertJsonEqual(json, written);
    }

    [Fact]
    public void Deserialize_UnknownEnumValues_KeepsTheirText()
    {
        SessionInfo session = Parse(Fixtures.Read("Evo/Fixtures/session-unknown-enum-values.json"));

        Assert.Equal("Redialing", session.DialState?.Value);
        Assert.Equal("Parked", session.CallState?.Value);
        Assert.Equal("Overflowed", session.QueueState?.Value);
        Assert.Equal("Video", session.Channel?.Value);
        Assert.Equal("Consulting", session.HoldReason?.Value);
        Assert.Equal("Internal", session.Direction?.Value);
        Assert.NotEqual(SessionDirection.Incoming, session.Direction);
        Assert.True(session.Ended);
        Assert.True(session.WasMissed);
        SessionMemberInfo member = Assert.Single(session.Members);
        Assert.Equal("Whispering", member.CallState?.ToString());
        Assert.Equal("Supervisor", member.Role?.ToString());
        Assert.True(member.IsOriginalMember);
        Assert.True(member.Muted);
    }

    [Fact]
    public void Serialize_UnknownEnumValues_WritesTheTextBack()
    {
        string json = Fixtures.Read("Evo/Fixtures/session-unknown-enum-values.json");

        string written = JsonSerializer.Serialize(Parse(json), EvoJsonContext.Default.SessionInfo);

        Assert.Contains("\"dialState\":\"Redialing\"", written, StringComparison.Ordinal);
        Assert.Contains("\"role\":\"Supervisor\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnparseableDates_KeepsTheTextWithoutAValue()
    {
        SessionInfo session = Parse(Fixtures.Read("Evo/Fixtures/session-unparseable-dates.json"));

        Assert.Equal("yesterday afternoon", session.DateCreated?.Raw);
        Assert.Null(session.DateCreated?.Value);
        Assert.Equal(Instant.FromUnixTimeMilliseconds(1720000000000), session.DateLastModified?.Value);
        Assert.Null(session.DateCompleted);
        Assert.Equal(3, session.Log.Count);
        Assert.Equal("2024-07-03 05:59", session.Log[0].Date?.Raw);
        Assert.Null(session.Log[0].Date?.Value);
        Assert.Null(session.Log[1].Date);
        Assert.Equal("1720000000000", session.Log[2].Date?.Raw);
        Assert.Null(session.Log[2].Date?.Value);
    }

    [Fact]
    public void Deserialize_MissingAndNullLists_AreEmpty()
    {
        SessionInfo session = Parse("""{"id":"s","log":null,"members":[{"applicationData":null}]}""");

        Assert.Empty(session.CustomerBreadcrumb);
        Assert.Empty(session.Log);
        Assert.Empty(Assert.Single(session.Members).ApplicationData);
    }

    [Fact]
    public void Deserialize_DateAsObject_ReportsThePath()
    {
        JsonException error = Assert.Throws<JsonException>(() => Parse("""{"dateCreated":{"when":"now"}}"""));

        Assert.Equal("$.dateCreated", error.Path);
        Assert.Contains("Expected a date string", error.Message, StringComparison.Ordinal);
    }

    private static SessionInfo Parse(string json)
        => JsonSerializer.Deserialize(json, EvoJsonContext.Default.SessionInfo)!;

    private static Instant At(string iso) => InstantPattern.ExtendedIso.Parse(iso).Value;
}
