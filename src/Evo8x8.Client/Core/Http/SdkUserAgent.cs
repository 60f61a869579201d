namespace Evo8x8.Client.Core.Http;

/// <summary>The <c>User-Agent</c> every request of this SDK carries, so that 8x8 and Evo support can tell its traffic apart.</summary>
internal static class SdkUserAgent
{
    /// <summary>The package and its version; a test keeps it equal to the assembly's version.</summary>
    public const string Value = "Evo8x8.Client/0.1.0";

    /// <summary>The header line Refit interfaces declare with <c>[Headers]</c>.</summary>
    public const string Header = "User-Agent: " + Value;

    /// <summary>The header line that asks for JSON answers.</summary>
    public const string AcceptJson = "Accept: application/json";
}
