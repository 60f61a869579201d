using Evo8x8.Client.ContractTests.Infrastructure;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using NodaTime;
using WireMock;

namespace Evo8x8.Client.ContractTests.Voice;

/// <summary>
/// The default <see cref="VoiceClient"/> (shared handler, retries, telemetry: what <c>new VoiceClient(options)</c> gives a
/// user) pointed at a WireMock.Net server, with the clock at seed 001's moment so its sample callflow is still valid.
/// </summary>
public sealed class VoiceContract : IDisposable
{
    public const string ApiKey = "contract-api-key-0123456789";
    public const string SubAccountId = "acme-voice_1";
    public const string Root = "/api/v1/subaccounts/acme-voice_1";
    public const string Fixtures = "Voice/Fixtures/";

    /// <summary>Seed 001's sample request says <c>validUntil</c> 2024-07-03T05:59:32.226Z; ten minutes before it, the flow is valid.</summary>
    public static readonly IClock Clock = new FakeClock(Instant.FromUtc(2024, 7, 3, 5, 49, 32));

    public VoiceContract()
    {
        var options = new VoiceClientOptions { ApiKey = ApiKey, SubAccountId = SubAccountId, BaseAddress = Server.BaseAddress };
        Client = new VoiceClient(options, new CallflowValidationOptions { Clock = Clock });
    }

    public ContractServer Server { get; } = new();

    public VoiceClient Client { get; }

    /// <summary>Answers one 8x8 operation (its path after the subaccount) with a fixture of <c>VoiceMessaging/Fixtures</c>.</summary>
    public void Stub(string method, string pathAfterSubAccount, int status, string? fixture = null)
        => Server.Stub(method, Root + pathAfterSubAccount, status, fixture is null ? null : Fixtures + fixture);

    /// <summary>Asserts the one request: verb, path under the subaccount, no query, the bearer key, JSON asked for, the SDK's User-Agent, the body.</summary>
    public IRequestMessage AssertSingleRequest(string method, string pathAfterSubAccount, string? bodyFixture = null)
    {
        IRequestMessage request = Server.AssertSingleRequest(
            method, Root + pathAfterSubAccount, $"Bearer {ApiKey}", bodyFixture is null ? null : Fixtures + bodyFixture);
        UserAgent.AssertSdk(request);
        return request;
    }

    public void Dispose() => Server.Dispose();
}
