using System.Text.Json;
using Evo8x8.Client.Tests.Infrastructure;
using NodaTime;

namespace Evo8x8.Client.Testing.Tests.Evo;

/// <summary>Evo Voice's sessions API over raw HTTP with Basic authentication.</summary>
public sealed class EvoSessionsEndpointTests
{
    private const string NewVoiceSession = """{"displayName":"Callback for order 1234","channel":"Voice","destination":"+15551234567","fromPhoneNumber":"+15557654321","memberEmailAddresses":["agent@example.com"]}""";

    [Fact]
    public async Task CreateThenGet_NewSession_AnswersSessionInfoWithDefaultsAndTheClocksDate()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions { Clock = new FakeClock(Instant.FromUtc(2025, 1, 2, 3, 4, 5)) });
        using HttpClient raw = EmulatorHttp.RawEvo(emulator);

        (int status, JsonElement created) = await EmulatorHttp.ReadAsync(await raw.PostAsync("sessions", EmulatorHttp.Json(NewVoiceSession)));
        string id = created.GetProperty("id").GetString()!;
        (int getStatus, JsonElement read) = await EmulatorHttp.ReadAsync(await raw.GetAsync($"sessions/{id}"));

        Assert.Equal(200, status);
        Assert.Equal(200, getStatus);
        Assert.Equal(created.GetRawText(), read.GetRawText());
        Assert.Equal("2025-01-02T03:04:05Z", read.GetProperty("dateCreated").GetString());
        Assert.Equal("Callback for order 1234", read.GetProperty("displayName").GetString());
        Assert.Equal("Voice", read.GetProperty("channel").GetString());
        Assert.Equal("Outgoing", read.GetProperty("direction").GetString());
        Assert.Equal("Connected", read.GetProperty("callState").GetString());
        Assert.Equal(emulator.EvoUserName, read.GetProperty("fromAddress").GetString());
        Assert.Equal(emulator.EvoUserName, read.GetProperty("createdBy").GetString());
        Assert.False(read.GetProperty("ended").GetBoolean());
        Assert.Equal("agent@example.com", read.GetProperty("members")[0].GetProperty("identity").GetString());
    }

    [Fact]
    public async Task CreateSessions_FrozenDefaultClock_DatesAreDistinctAndAdvance()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawEvo(emulator);

        List<string> dates = [];
        for (int i = 0; i < 3; i++)
        {
            (_, JsonElement created) = await EmulatorHttp.ReadAsync(await raw.PostAsync("sessions", EmulatorHttp.Json(NewVoiceSession)));
            dates.Add(created.GetProperty("dateCreated").GetString()!);
        }

        Assert.Equal(["2024-03-25T06:01:28Z", "2024-03-25T06:01:29Z", "2024-03-25T06:01:30Z"], dates);
    }

    [Fact]
    public async Task ListSessions_SevenSessionsThreePerPage_PagesFromZero()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawEvo(emulator);
        for (int i = 0; i < 7; i++)
        {
            using HttpResponseMessage created = await raw.PostAsync("sessions", EmulatorHttp.Json($$"""{"displayName":"session {{i}}","channel":"chat"}"""));
        }

        (_, JsonElement first) = await EmulatorHttp.ReadAsync(await raw.GetAsync("sessions?page=0&countPerPage=3"));
        (_, JsonElement last) = await EmulatorHttp.ReadAsync(await raw.GetAsync("sessions?page=2&countPerPage=3"));

        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.Equal("session 0", first.GetProperty("items")[0].GetProperty("displayName").GetString());
        Assert.Equal("Chat", first.GetProperty("items")[0].GetProperty("channel").GetString());
        Assert.Equal(7, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(3, first.GetProperty("totalPages").GetInt32());
        Assert.True(first.GetProperty("hasMorePages").GetBoolean());
        Assert.Equal("session 6", Assert.Single(last.GetProperty("items").EnumerateArray().ToArray()).GetProperty("displayName").GetString());
        Assert.False(last.GetProperty("hasMorePages").GetBoolean());
    }

    [Fact]
    public async Task EndSession_Existing_MarksItEndedAndDisconnected()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawEvo(emulator);
        (_, JsonElement created) = await EmulatorHttp.ReadAsync(await raw.PostAsync("sessions", EmulatorHttp.Json(NewVoiceSession)));
        emulator.Clock.Advance(Duration.FromMinutes(3));

        (int status, JsonElement ended) = await EmulatorHttp.ReadAsync(await raw.DeleteAsync($"sessions/{created.GetProperty("id").GetString()}"));

        Assert.Equal(200, status);
        Assert.True(ended.GetProperty("ended").GetBoolean());
        Assert.Equal("Disconnected", ended.GetProperty("callState").GetString());
        Assert.Equal("2024-03-25T06:04:28Z", ended.GetProperty("dateCompleted").GetString());
    }

    [Fact]
    public async Task GetSession_UnknownId_Is404WithResponseStatus()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawEvo(emulator);

        (int status, JsonElement error) = await EmulatorHttp.ReadAsync(await raw.GetAsync("sessions/nope"));

        Assert.Equal(404, status);
        Assert.Equal("NotFound", error.GetProperty("responseStatus").GetProperty("errorCode").GetString());
        Assert.Contains("nope", error.GetProperty("responseStatus").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateSession_WrongPassword_Is401WithResponseStatusAndChallenge()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawEvo(emulator, password: "wrong");

        using HttpResponseMessage response = await raw.PostAsync("sessions", EmulatorHttp.Json(NewVoiceSession));
        (int status, JsonElement error) = await EmulatorHttp.ReadAsync(response);

        Assert.Equal(401, status);
        Assert.Equal("Unauthorized", error.GetProperty("responseStatus").GetProperty("errorCode").GetString());
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task CreateSession_UnknownChannel_Is400NamingTheField()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawEvo(emulator);

        (int status, JsonElement error) = await EmulatorHttp.ReadAsync(await raw.PostAsync("sessions", EmulatorHttp.Json("""{"channel":"Pigeon"}""")));

        Assert.Equal(400, status);
        JsonElement field = error.GetProperty("responseStatus").GetProperty("errors")[0];
        Assert.Equal("channel", field.GetProperty("fieldName").GetString());
        Assert.Contains("Pigeon", field.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
