using System.Reflection;
using Evo8x8.Client.Voice;
using WireMock;

namespace Evo8x8.Client.ContractTests.Infrastructure;

/// <summary>The User-Agent every request of the SDK carries: the package name and the version the package ships as.</summary>
public static class UserAgent
{
    /// <summary>Gets "Evo8x8.Client/" and the package version (the assembly's informational version without build metadata).</summary>
    public static string Expected { get; } = "Evo8x8.Client/" + typeof(VoiceClient).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    /// <summary>Asserts the request names the SDK and its version.</summary>
    public static void AssertSdk(IRequestMessage request)
        => Assert.Equal(Expected, ContractServer.Header(request, "User-Agent"));
}
