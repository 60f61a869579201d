namespace Evo8x8.Client.Voice.Recordings;

/// <summary>8x8's answer to a recording status request: the recordings of one session.</summary>
public sealed class RecordingList
{
    // Source-generated reading assigns every init-only property, absent ones as null: keep the list non-null.
    private readonly IReadOnlyList<Recording> _recordings = [];

    /// <summary>The session's recordings; empty when it has none.</summary>
    public IReadOnlyList<Recording> Recordings
    {
        get => _recordings;
        init => _recordings = Core.Json.WireList.WithoutNulls(value);
    }

    /// <summary>8x8's status code for the request (0 in its examples of success).</summary>
    public int? StatusCode { get; init; }

    /// <summary>8x8's status message, verbatim.</summary>
    public string? StatusMessage { get; init; }
}
