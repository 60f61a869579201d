using System.Text;
using Evo8x8.Client.Ccai.Apps;
using Evo8x8.Client.Core;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Voice;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Evo8x8.Client.Tests.Core.Http;

/// <summary>
/// Secrets are masked on the answer's text as it came, before phone numbers and before a body is cut short: no stretch
/// of eight characters of a secret survives any text of the error, for each of the three services.
/// </summary>
public sealed class SecretMaskTests : IDisposable
{
    private const string EvoPassword = "Tr0ub4dor-20240611-x";
    private const string VoiceApiKey = "sk_live_ABCDEFGHIJKLMNXYZ0123456789abcdef";
    private const string CcaiToken = "tok-XYZ0123456789abcdef";
    private static readonly string Filler = new('x', 300);

    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Stop();

    [Fact]
    public async Task EvoVoiceClient_ServerEchoesPasswordWithDigitRun_NoStretchOfItSurvives()
    {
        Answer(400, "application/json", $$$"""{"responseStatus":{"errorCode":"Invalid","message":"password {{{EvoPassword}}} is wrong","stackTrace":"at Login({{{EvoPassword}}})","errors":[{"fieldName":"Password","errorCode":"Bad","message":"{{{EvoPassword}}}"}]}}""");

        EvoApiException error = await Assert.ThrowsAsync<EvoApiException>(() => Evo().Sessions.GetAsync("s-1"));

        Assert.Contains("password *** is wrong", error.Message, StringComparison.Ordinal);
        AssertNoStretch(EvoPassword, error.Message, error.ToString(), error.ServiceMessage, error.ServerStackTrace, error.FieldErrors[0].Message);
    }

    [Fact]
    public async Task EvoVoiceClient_TruncatedBodyStartingWithCredentials_NoStretchSurvives()
    {
        string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("ops@acme.example:" + EvoPassword));
        Answer(400, "text/plain", $"Basic {basic} {EvoPassword}{Filler}");

        Evo8x8ApiException error = await Assert.ThrowsAnyAsync<Evo8x8ApiException>(() => Evo().Sessions.GetAsync("s-1"));

        Assert.Contains("Basic ***", error.Message, StringComparison.Ordinal);
        AssertNoStretch(EvoPassword, error.Message, error.ToString());
        AssertNoStretch(basic, error.Message, error.ToString());
    }

    [Fact]
    public async Task VoiceClient_ServerEchoesKeyEndingInDigitRun_NoStretchOfItSurvives()
    {
        Answer(400, "application/json", $$"""{"statusMessage":"key {{VoiceApiKey}} is not allowed","callFlowRequestId":"req-1"}""");

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => Voice(VoiceApiKey).WebhookRegistrations.ListAsync().GetPageAsync());

        Assert.Contains("key *** is not allowed", error.Message, StringComparison.Ordinal);
        AssertNoStretch(VoiceApiKey, error.Message, error.ToString(), error.ServiceMessage);
    }

    [Fact]
    public async Task VoiceClient_TruncatedBodyStartingWithTheKey_NoStretchOfItSurvives()
    {
        Answer(400, "text/html", $"Bearer {VoiceApiKey}{Filler}");

        Evo8x8ApiException error = await Assert.ThrowsAnyAsync<Evo8x8ApiException>(() => Voice(VoiceApiKey).WebhookRegistrations.ListAsync().GetPageAsync());

        Assert.Contains("Bearer ***", error.Message, StringComparison.Ordinal);
        AssertNoStretch(VoiceApiKey, error.Message, error.ToString());
    }

    [Fact]
    public async Task VoiceClient_OneCharacterKey_LeavesTheRestOfTheMessageAlone()
    {
        Answer(401, "application/json", """{"statusMessage":"token invalid for key k"}""");

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => Voice("k").WebhookRegistrations.ListAsync().GetPageAsync());

        Assert.Contains("token invalid for key ***", error.Message, StringComparison.Ordinal);
        Assert.Contains("check VoiceClientOptions.ApiKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CcaiAppsClient_ServerEchoesTokenWithDigitRun_NoStretchOfItSurvives()
    {
        Answer(400, "application/json", $$"""{"message":"token {{CcaiToken}} refused"}""");

        Evo8x8ApiException error = await Assert.ThrowsAnyAsync<Evo8x8ApiException>(() => Ccai().CustomerFlags.GetAsync(5012));

        Assert.Contains("token *** refused", error.Message, StringComparison.Ordinal);
        AssertNoStretch(CcaiToken, error.Message, error.ToString(), error.ServiceMessage);
    }

    [Fact]
    public async Task CcaiAppsClient_TruncatedBodyStartingWithTheToken_NoStretchOfItSurvives()
    {
        string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("customer:" + CcaiToken));
        Answer(400, "text/plain", $"{CcaiToken} Basic {basic}{Filler}");

        Evo8x8ApiException error = await Assert.ThrowsAnyAsync<Evo8x8ApiException>(() => Ccai().CustomerFlags.GetAsync(5012));

        AssertNoStretch(CcaiToken, error.Message, error.ToString());
        AssertNoStretch(basic, error.Message, error.ToString());
    }

    [Fact]
    public async Task VoiceClient_IdWithDigitRunInTheAnswer_IsNotMaskedAsAPhoneNumber()
    {
        Answer(400, "application/json", """{"statusMessage":"session sess-6070809-x of +6591234567 failed","callFlowRequestId":"req-1"}""");

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => Voice(VoiceApiKey).WebhookRegistrations.ListAsync().GetPageAsync());

        Assert.Contains("session sess-6070809-x of +********67 failed", error.Message, StringComparison.Ordinal);
    }

    private static void AssertNoStretch(string secret, params string?[] texts)
    {
        for (int start = 0; start + 8 <= secret.Length; start++)
        {
            string stretch = secret.Substring(start, 8);
            foreach (string? text in texts)
            {
                Assert.False(text?.Contains(stretch, StringComparison.Ordinal) ?? false, $"'{stretch}' of a secret appears in: {text}");
            }
        }
    }

    private void Answer(int status, string mediaType, string body)
        => _server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", mediaType).WithBody(body));

    private Uri Address(string path = "") => new($"http://127.0.0.1:{_server.Port}/{path}");

    private EvoVoiceClient Evo() => new(new EvoVoiceClientOptions
    {
        UserName = "ops@acme.example",
        Password = EvoPassword,
        BaseAddress = Address(),
        Resilience = { Enabled = false },
    });

    private VoiceClient Voice(string apiKey) => new(new VoiceClientOptions
    {
        ApiKey = apiKey,
        SubAccountId = "acme-test",
        BaseAddress = Address(),
        Resilience = { Enabled = false },
    });

    private CcaiAppsClient Ccai() => new(new CcaiAppsClientOptions
    {
        Subdomain = "customer",
        Domain = "uc1.ccaiplatform.com",
        ApiToken = CcaiToken,
        BaseAddress = Address("apps/api/v1/"),
        Resilience = { Enabled = false },
    });
}
