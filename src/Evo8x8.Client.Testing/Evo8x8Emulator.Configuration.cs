namespace Evo8x8.Client.Testing;

public sealed partial class Evo8x8Emulator
{
    /// <summary>
    /// The configuration keys that point an app's <c>AddEightByEightVoice</c> and <c>AddEvoVoice</c> registrations at
    /// this emulator: <c>ApiKey</c>, <c>SubAccountId</c> and <c>BaseAddress</c> under <paramref name="voiceSection"/>,
    /// <c>UserName</c>, <c>Password</c> and <c>BaseAddress</c> under <paramref name="evoSection"/>. Add them with
    /// <c>AddInMemoryCollection</c>; they hold the emulator's (test) credentials.
    /// </summary>
    /// <param name="voiceSection">The section the app binds its 8x8 client from.</param>
    /// <param name="evoSection">The section the app binds its Evo client from.</param>
    /// <returns>The keys (<c>section:Name</c>) and their values.</returns>
    public IReadOnlyDictionary<string, string?> ToConfiguration(string voiceSection = "Evo8x8:Voice", string evoSection = "Evo8x8:Evo")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voiceSection);
        ArgumentException.ThrowIfNullOrWhiteSpace(evoSection);
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [$"{voiceSection}:ApiKey"] = ApiKey,
            [$"{voiceSection}:SubAccountId"] = SubAccountId,
            [$"{voiceSection}:BaseAddress"] = BaseAddress.ToString(),
            [$"{evoSection}:UserName"] = EvoUserName,
            [$"{evoSection}:Password"] = EvoPassword,
            [$"{evoSection}:BaseAddress"] = BaseAddress.ToString(),
        };
    }
}
