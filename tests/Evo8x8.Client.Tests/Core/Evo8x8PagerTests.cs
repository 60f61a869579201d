using Evo8x8.Client.Core;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Evo;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Tests.Voice;
using Evo8x8.Client.Voice.SpeechProfiles;

namespace Evo8x8.Client.Tests.Core;

/// <summary>The one list shape of every product: lazy, enumerable twice, with the service's pages where it pages.</summary>
public sealed class Evo8x8PagerTests
{
    [Fact]
    public async Task VoiceList_NothingSentUntilRead_ThenEachEnumerationAsksAgain()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.DefaultReply = ScriptedReply.Fixture(200, "Voice/SpeechProfiles/Fixtures/speech-profiles-list.json");

        Evo8x8Pager<SpeechProfile, SpeechProfileList> profiles = voice.Client.SpeechProfiles.ListAsync();
        Assert.Empty(voice.Server.Requests);

        var first = new List<string?>();
        await foreach (SpeechProfile profile in profiles)
        {
            first.Add(profile.SpeechProfileCode);
        }

        IReadOnlyList<SpeechProfile> second = await profiles.ToListAsync();

        Assert.Equal(["en-US-Standard-A", "da-DK-Naja"], first);
        Assert.Equal(first, second.Select(p => p.SpeechProfileCode));
        Assert.Equal(2, voice.Server.Requests.Count);
        Assert.False(profiles.IsPaged);
        Assert.Equal("ok", (await profiles.GetPageAsync()).StatusMessage);
    }

    [Fact]
    public async Task VoiceList_PageOtherThanZero_RefusedWithNothingSent()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();

        ArgumentOutOfRangeException error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => voice.Client.Numbers.ListAsync().GetPageAsync(1));

        Assert.Contains("comes in one answer, page 0", error.Message, StringComparison.Ordinal);
        Assert.Empty(voice.Server.Requests);
    }

    [Fact]
    public async Task EvoSessions_AsPagesAndPageAccess_ReadTheServicesPagesWithTheirTotals()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(
            ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-0.json"),
            ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-1.json"),
            ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-2.json"),
            ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-1.json"));
        Evo8x8Pager<SessionInfo, SessionPage> sessions = evo.Sessions.ListAsync(new SessionListQuery { CountPerPage = 2 });

        var pages = new List<SessionPage>();
        await foreach (SessionPage page in sessions.AsPagesAsync())
        {
            pages.Add(page);
        }

        SessionPage again = await sessions.GetPageAsync(1);

        Assert.True(sessions.IsPaged);
        Assert.Equal([["s1", "s2"], ["s3", "s4"], ["s5"]], pages.Select(p => p.Items.Select(s => s.Id!).ToArray()));
        Assert.Equal(["s3", "s4"], again.Items.Select(s => s.Id));
        Assert.Equal(
            ["?page=0&countPerPage=2", "?page=1&countPerPage=2", "?page=2&countPerPage=2", "?page=1&countPerPage=2"],
            evo.Server.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task EvoSessions_SecondPageRefusedEchoingThePassword_FirstPageYieldedThenTheTypedErrorMasked()
    {
        // Where the pager meets the error reader and the masking funnel: a failure on page 1 of an enumeration.
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(
            ScriptedReply.Fixture(200, "Evo/Fixtures/sessions-page-0.json"),
            ScriptedReply.Json(500, $$$"""{"responseStatus":{"errorCode":"Exception","message":"login {{{EvoLoopback.Password}}} failed"}}"""));
        var seen = new List<string?>();

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(async () =>
        {
            await foreach (SessionInfo session in evo.Sessions.ListAsync(new SessionListQuery { CountPerPage = 2 }))
            {
                seen.Add(session.Id);
            }
        });

        Assert.Equal(["s1", "s2"], seen);
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.HttpStatus);
        Assert.Contains("GET sessions", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EvoLoopback.Password, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(EvoLoopback.Password, error.ServiceMessage ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(2, evo.Server.Requests.Count);
    }

    [Fact]
    public async Task EvoSessions_ListOperationsToken_CancelsTheEnumeration()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        using var cancel = new CancellationTokenSource();
        Evo8x8Pager<SessionInfo, SessionPage> sessions = evo.Sessions.ListAsync(cancellationToken: cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sessions.ToListAsync());

        Assert.Empty(evo.Server.Requests);
    }

    [Fact]
    public async Task EvoActiveSessions_OneAnswer_SameShapeAsEveryList()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.DefaultReply = ScriptedReply.Fixture(200, "Evo/Fixtures/active-sessions-response.json");

        Evo8x8Pager<SessionInfo, IReadOnlyList<SessionInfo>> active = evo.Sessions.ListActiveAsync();
        IReadOnlyList<SessionInfo> page = await active.GetPageAsync();
        IReadOnlyList<SessionInfo> all = await active.ToListAsync();

        Assert.NotEmpty(page);
        Assert.Equal(page.Select(s => s.Id), all.Select(s => s.Id));
        Assert.Equal(2, evo.Server.Requests.Count);
    }
}
