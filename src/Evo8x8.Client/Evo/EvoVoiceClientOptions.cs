using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Core;

namespace Evo8x8.Client.Evo;

/// <summary>
/// How to reach Evo Voice: the user name and password sent by HTTP Basic on every request, and the base
/// address. <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class EvoVoiceClientOptions : Evo8x8ClientOptions
{
    /// <summary>Evo Voice production, used when <see cref="BaseAddress"/> is not set.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://evovoice.io");

    /// <summary>Evo Voice staging.</summary>
    public static readonly Uri StagingBaseAddress = new("https://team.evovoice.io");

    /// <summary>The Evo Voice user name (usually an email address).</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>The password; sent only inside the Basic header, never logged or shown.</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>The service address; https, or http to 127.0.0.1 for the local emulator.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Shows the settings with the password masked.</summary>
    public override string ToString()
        => $"EvoVoiceClientOptions {{ UserName = {UserName}, BaseAddress = {BaseAddress}, Password = {(string.IsNullOrEmpty(Password) ? "<not set>" : "***")} }}";

    /// <summary>Every setting that is wrong, each with how to fix it; empty when the options are usable.</summary>
    internal List<string> FindProblems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(UserName))
        {
            problems.Add($"{nameof(UserName)} is missing: set the Evo Voice user name the requests authenticate as.");
        }

        if (string.IsNullOrEmpty(Password))
        {
            problems.Add($"{nameof(Password)} is missing: set the Evo Voice password of {nameof(UserName)}.");
        }

        if (BaseAddressRule.Check(nameof(BaseAddress), BaseAddress) is { } address)
        {
            problems.Add(address);
        }

        problems.AddRange(FindSharedProblems());
        return problems;
    }
}
