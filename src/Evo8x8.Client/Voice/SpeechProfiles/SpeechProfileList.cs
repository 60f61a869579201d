namespace Evo8x8.Client.Voice.SpeechProfiles;

/// <summary>8x8's answer to the speech profiles request: every voice the subaccount may use.</summary>
public sealed class SpeechProfileList
{
    // Source-generated reading assigns every init-only property, absent ones as null: keep the list non-null.
    private readonly IReadOnlyList<SpeechProfile> _speechProfiles = [];

    /// <summary>The voices; empty when 8x8 listed none (a JSON <c>null</c> element is left out).</summary>
    public IReadOnlyList<SpeechProfile> SpeechProfiles
    {
        get => _speechProfiles;
        init => _speechProfiles = Core.Json.WireList.WithoutNulls(value);
    }

    /// <summary>8x8's status code for the request, when it sent one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>8x8's status message, verbatim.</summary>
    public string? StatusMessage { get; init; }
}
