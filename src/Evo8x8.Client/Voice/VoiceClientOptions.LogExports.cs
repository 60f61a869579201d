using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Voice;

/// <summary>Where the three log-export operations go: 8x8's OpenAPI file gives them a host of their own.</summary>
public sealed partial class VoiceClientOptions
{
    /// <summary>
    /// The log-export host 8x8's OpenAPI file names for <c>…/messages/exports</c> (an operation-level server since
    /// 2026-03-30), used when <see cref="LogExportsAddress"/> is not set and <see cref="BaseAddress"/> is 8x8's own.
    /// </summary>
    public static readonly Uri DefaultLogExportsAddress = new("https://voice.wavecell.com");

    /// <summary>
    /// The address of the log-export operations; the API key is sent there too. When <see langword="null"/> (the default)
    /// it is <see cref="DefaultLogExportsAddress"/> while <see cref="BaseAddress"/> is 8x8's, otherwise <see cref="BaseAddress"/>
    /// itself, so an emulator or a proxy set as base address serves log exports as well.
    /// </summary>
    public Uri? LogExportsAddress { get; set; }

    /// <summary>The address log exports are actually sent to, by the rule of <see cref="LogExportsAddress"/>.</summary>
    internal Uri EffectiveLogExportsAddress
        => LogExportsAddress
            ?? (BaseAddress is not null && Uri.Compare(BaseAddress, DefaultBaseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
                ? DefaultLogExportsAddress
                : BaseAddress!);

    /// <summary>What is wrong with <see cref="LogExportsAddress"/> when set; <see langword="null"/> when it is fine or unset.</summary>
    private string? LogExportsAddressProblem()
        => LogExportsAddress is null ? null : BaseAddressRule.Check(nameof(LogExportsAddress), LogExportsAddress);
}
