using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;

namespace Evo8x8.Client.Tests.Evo;

/// <summary>Evo's error answers, as a user of the sessions client meets them.</summary>
public sealed class EvoErrorReaderTests
{
    [Fact]
    public async Task Read_Unauthorized_NamesTheConfigurationKeysWithoutThePassword()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Fixture(401, "Evo/Fixtures/servicestack-unauthorized.json"));

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => evo.Sessions.GetAsync("session-1"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatus);
        Assert.Equal("Unauthorized", error.ErrorCode);
        Assert.Equal("Invalid UserName or Password", error.ServiceMessage);
        Assert.Contains("GET sessions/{sessionId}", error.Message, StringComparison.Ordinal);
        Assert.Contains("check the configuration keys Evo8x8:Evo:UserName and Evo8x8:Evo:Password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("EvoVoiceClientOptions", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EvoLoopback.Password, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(error.FieldErrors);
    }

    [Fact]
    public async Task Read_UnauthorizedWithEmptyBody_StillAnEvoApiException()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(new ScriptedReply(401, string.Empty, null));

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => evo.Sessions.ListAsync().GetPageAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatus);
        Assert.Null(error.ErrorCode);
        Assert.Contains("check the configuration keys Evo8x8:Evo:UserName and Evo8x8:Evo:Password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("EvoVoiceClientOptions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ValidationError_CarriesEveryFieldErrorButNotTheStackTraceInTheMessage()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Fixture(400, "Evo/Fixtures/servicestack-validation-error.json"));

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(
            () => evo.Sessions.CreateAsync(new NewSession { DisplayName = "no destination" }));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatus);
        Assert.Equal("NotEmpty", error.ErrorCode);
        Assert.Equal("'Destination' must not be empty.", error.ServiceMessage);
        Assert.Collection(
            error.FieldErrors,
            first =>
            {
                Assert.Equal("NotEmpty", first.ErrorCode);
                Assert.Equal("Destination", first.FieldName);
                Assert.Equal("'Destination' must not be empty.", first.Message);
            },
            second =>
            {
                Assert.Equal("Invalid", second.ErrorCode);
                Assert.Equal("FromPhoneNumber", second.FieldName);
                Assert.Equal("Not a number on this account.", second.Message);
            });
        Assert.Contains("SessionService.cs:line 42", error.ServerStackTrace, StringComparison.Ordinal);
        Assert.DoesNotContain("SessionService", error.Message, StringComparison.Ordinal);
        Assert.Contains("[FromPhoneNumber: Invalid Not a number on this account.]", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Evo answered POST sessions with HTTP 400 (BadRequest): NotEmpty:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_PascalCaseResponseStatus_IsReadToo()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Json(404, """{"ResponseStatus":{"ErrorCode":"NotFound","Message":"Session not found"}}"""));

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => evo.Sessions.EndAsync("gone"));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatus);
        Assert.Equal("NotFound", error.ErrorCode);
        Assert.Equal("Session not found", error.ServiceMessage);
    }

    [Fact]
    public async Task Read_ProxyHtmlPage_IsTheRootExceptionWithASnippet()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Text(502, "<html><body>Bad gateway</body></html>"));

        Evo8x8ApiException error = await Assert.ThrowsAsync<Evo8x8ApiException>(() => evo.Sessions.GetAsync("session-1"));

        Assert.IsNotType<EvoApiException>(error);
        Assert.Equal(HttpStatusCode.BadGateway, error.HttpStatus);
        Assert.Contains("Bad gateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_JsonWithoutResponseStatus_IsTheRootException()
    {
        await using EvoLoopback evo = await EvoLoopback.StartAsync();
        evo.Server.Reply(ScriptedReply.Json(500, """{"error":"boom"}"""));

        Evo8x8ApiException error = await Assert.ThrowsAsync<Evo8x8ApiException>(() => evo.Sessions.GetAsync("session-1"));

        Assert.IsNotType<EvoApiException>(error);
        Assert.Equal(HttpStatusCode.InternalServerError, error.HttpStatus);
    }
}
