using System.IO.Compression;
using System.Net;
using System.Text;
using Evo8x8.Client.Core;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.Tests.Core.Http;

/// <summary>
/// The answer body is read inside the attempt and bounded in size. These run over the loopback server because
/// WireMock.Net cannot stall after the headers or serve a gzip bomb.
/// </summary>
public sealed class AnswerBufferTests : IAsyncLifetime
{
    private const long Limit = 64 * 1024;
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(15);

    private readonly ManualTimeProvider _time = new();
    private readonly TaskCompletionSource _headersArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackServer _server = null!;

    public static TheoryData<string> Operations => ["8x8 GET", "8x8 POST", "Evo GET", "Evo POST"];

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task LoadAsync_HeadersThenSilence_FailsAtTheAttemptTimeoutWithTheTypedTimeout(string operation)
    {
        _server.DefaultReply = ScriptedReply.Json(200, "{}") with { StallAfterHeaders = true };
        using ServiceProvider services = TestClients.Build(_server.BaseAddress, _time, more: services =>
        {
            NoRetries(services);
            foreach (string name in (string[])["Evo8x8.VoiceClientOptions", "Evo8x8.EvoVoiceClientOptions"])
            {
                services.AddHttpClient(name).AddHttpMessageHandler(() => new HeadersSignal(_headersArrived));
            }
        });

        Task call = Send(services, operation);
        await _headersArrived.Task.WaitAsync(Hang);
        _time.Advance(AttemptTimeout);

        Evo8x8TimeoutException error = await Assert.ThrowsAsync<Evo8x8TimeoutException>(() => call.WaitAsync(Hang));
        Assert.Equal(RequestDelivery.AnsweredUnreadable, error.Delivery);
        Assert.Equal(HttpStatusCode.OK, error.HttpStatus);
        Assert.Contains("with HTTP 200 (OK) but the rest of the answer did not arrive in time", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task LoadAsync_ChunkedAnswerOverTheLimit_ThrowsTheTypedSizeErrorOnBothPaths()
    {
        _server.DefaultReply = ScriptedReply.Json(200, "{\"items\":[" + string.Join(',', Enumerable.Repeat("\"padding-padding\"", 20_000)) + "]}");

        Evo8x8ResponseTooLargeException shared = await Assert.ThrowsAsync<Evo8x8ResponseTooLargeException>(
            () => SharedVoice().SpeechProfiles.ListAsync().GetPageAsync().WaitAsync(Hang));
        using ServiceProvider services = TestClients.Build(_server.BaseAddress, _time, more: SmallLimit);
        Evo8x8ResponseTooLargeException injected = await Assert.ThrowsAsync<Evo8x8ResponseTooLargeException>(
            () => TestClients.Voice(services).SpeechProfiles.ListAsync().GetPageAsync().WaitAsync(Hang));

        foreach (Evo8x8ResponseTooLargeException error in (Evo8x8ResponseTooLargeException[])[shared, injected])
        {
            Assert.Equal(Limit, error.Limit);
            Assert.Equal(HttpStatusCode.OK, error.HttpStatus);
            Assert.Equal(RequestDelivery.AnsweredUnreadable, error.Delivery);
            Assert.Contains("8x8 answered GET api/v1/subaccounts/{subAccountId}/speech-profiles with HTTP 200 (OK) and an answer larger than MaxResponseBytes (65536 bytes)", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LoadAsync_DeclaredLengthOverTheLimit_ThrowsTheTypedSizeErrorBeforeReading()
    {
        _server.DefaultReply = ScriptedReply.Json(200, "{}") with { Headers = [("Content-Length", "100000000")], StallAfterHeaders = true };

        Evo8x8ResponseTooLargeException error = await Assert.ThrowsAsync<Evo8x8ResponseTooLargeException>(
            () => SharedVoice().SpeechProfiles.ListAsync().GetPageAsync().WaitAsync(Hang));

        Assert.Equal(Limit, error.Limit);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public async Task LoadAsync_GzipBomb_StopsAtTheLimitOnBothPaths()
    {
        // About 8 KB on the wire, 8 MB once inflated: the limit counts the inflated bytes.
        _server.DefaultReply = ScriptedReply.Json(200, string.Empty) with { BodyBytes = Gzip(new byte[8 * 1024 * 1024]), Headers = [("Content-Encoding", "gzip")] };

        Evo8x8ResponseTooLargeException shared = await Assert.ThrowsAsync<Evo8x8ResponseTooLargeException>(
            () => SharedVoice().Numbers.ListAsync().GetPageAsync().WaitAsync(Hang));
        using ServiceProvider services = TestClients.Build(_server.BaseAddress, _time, more: SmallLimit);
        Evo8x8ResponseTooLargeException injected = await Assert.ThrowsAsync<Evo8x8ResponseTooLargeException>(
            () => TestClients.Voice(services).Numbers.ListAsync().GetPageAsync().WaitAsync(Hang));

        Assert.Equal(Limit, shared.Limit);
        Assert.Equal(Limit, injected.Limit);
    }

    [Fact]
    public async Task LoadAsync_GzipAnswer_IsDecompressedOnBothPaths()
    {
        byte[] json = Encoding.UTF8.GetBytes("""{"speechProfiles":[{"name":"en-US-JennyNeural"}],"statusCode":1,"statusMessage":"OK"}""");
        _server.DefaultReply = ScriptedReply.Json(200, string.Empty) with { BodyBytes = Gzip(json), Headers = [("Content-Encoding", "gzip")] };
        using ServiceProvider services = TestClients.Build(_server.BaseAddress, _time);

        var shared = await SharedVoice().SpeechProfiles.ListAsync().GetPageAsync().WaitAsync(Hang);
        var injected = await TestClients.Voice(services).SpeechProfiles.ListAsync().GetPageAsync().WaitAsync(Hang);

        Assert.Equal(shared.StatusMessage, injected.StatusMessage);
        Assert.Equal("OK", injected.StatusMessage);
        Assert.All(_server.Requests, request => Assert.Contains("gzip", request.Header("Accept-Encoding"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(200)]
    public async Task CallersHttpClient_AnswerOverTheLimit_ThrowsTheTypedSizeError(int status)
    {
        // A caller's HttpClient has no pipeline of ours: the client reads the answer through its own bound anyway.
        _server.DefaultReply = ScriptedReply.Json(status, "{\"message\":\"" + new string('x', 200_000) + "\"}");
        using var http = new HttpClient();

        Evo8x8ResponseTooLargeException error = await Assert.ThrowsAsync<Evo8x8ResponseTooLargeException>(
            () => CallersVoice(http).SpeechProfiles.ListAsync().GetPageAsync().WaitAsync(Hang));

        Assert.Equal(Limit, error.Limit);
        Assert.Equal((HttpStatusCode)status, error.HttpStatus);
    }

    [Fact]
    public async Task CallersHttpClient_ErrorBodyThatNeverEnds_StopsAtTheCallersToken()
    {
        _server.DefaultReply = ScriptedReply.Json(500, "{}") with { StallAfterHeaders = true };
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        Task call = CallersVoice(http).SpeechProfiles.ListAsync(cancel.Token).GetPageAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Hang));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task CallersHttpClient_ErrorBodyWithinTheLimit_IsReadIntoTheTypedError()
    {
        _server.DefaultReply = ScriptedReply.Json(401, """{"code":1010,"message":"Unauthorized: token invalid"}""");
        using var http = new HttpClient();

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => CallersVoice(http).SpeechProfiles.ListAsync().GetPageAsync().WaitAsync(Hang));

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatus);
        Assert.Contains("token invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallersHttpClient_ErrorBodyEchoingAKeyWithADigitRun_MaskedInEveryText()
    {
        // Where the forwarding handler's bounded read meets the masking funnel: the body it buffered is masked too.
        const string key = "Xyz-20240611-0123456789abcdef";
        _server.DefaultReply = ScriptedReply.Json(401, $$"""{"code":1010,"message":"token {{key}} invalid"}""");
        using var http = new HttpClient();
        var voice = new VoiceClient(new VoiceClientOptions { ApiKey = key, SubAccountId = TestClients.SubAccountId, BaseAddress = _server.BaseAddress }, http);

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => voice.SpeechProfiles.ListAsync().GetPageAsync().WaitAsync(Hang));

        Assert.Equal($"Bearer {key}", Assert.Single(_server.Requests).Header("Authorization"));
        foreach (string text in (string[])[error.Message, error.ToString(), error.ServiceMessage ?? string.Empty])
        {
            Assert.DoesNotContain("20240611-0123", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0123456789abcdef", text, StringComparison.Ordinal);
        }
    }

    private VoiceClient CallersVoice(HttpClient http)
        => new(
            new VoiceClientOptions
            {
                ApiKey = TestClients.ApiKey,
                SubAccountId = TestClients.SubAccountId,
                BaseAddress = _server.BaseAddress,
                MaxResponseBytes = Limit,
            },
            http);

    private static Task Send(IServiceProvider services, string operation) => operation switch
    {
        "8x8 GET" => TestClients.Voice(services).SpeechProfiles.ListAsync().GetPageAsync(),
        "8x8 POST" => TestClients.Voice(services).Callflows.SendAsync(TestClients.CallflowTo("6591234567")),
        "Evo GET" => TestClients.EvoSessions(services).GetAsync("s-1"),
        _ => TestClients.EvoSessions(services).CreateAsync(TestClients.NewCall()),
    };

    private VoiceClient SharedVoice()
        => new(new VoiceClientOptions
        {
            ApiKey = TestClients.ApiKey,
            SubAccountId = TestClients.SubAccountId,
            BaseAddress = _server.BaseAddress,
            MaxResponseBytes = Limit,
        });

    private static void NoRetries(IServiceCollection services)
    {
        services.PostConfigureAll<VoiceClientOptions>(options => options.Resilience.MaxRetryAttempts = 0);
        services.PostConfigureAll<EvoVoiceClientOptions>(options => options.Resilience.MaxRetryAttempts = 0);
    }

    private static void SmallLimit(IServiceCollection services)
        => services.PostConfigureAll<VoiceClientOptions>(options => options.MaxResponseBytes = Limit);

    private static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>Below the SDK's handlers: completes once an answer's headers are in, before its body is read.</summary>
    private sealed class HeadersSignal(TaskCompletionSource arrived) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            arrived.TrySetResult();
            return response;
        }
    }
}
