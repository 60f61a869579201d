using System.Text.Json.Serialization;
using NodaTime;

namespace Evo8x8.Client.Voice.LogExports;

/// <summary>Where a voice log export job stands and, once it succeeded, where to download its CSV files.</summary>
public sealed class LogExportResult
{
    // Source-generated reading assigns every init-only property, absent ones as null: keep the list non-null.
    private readonly IReadOnlyList<string> _downloadUrls = [];

    /// <summary>Where the job stands; poll again while it is <see cref="LogExportStatus.Queued"/> or <see cref="LogExportStatus.Running"/>.</summary>
    public LogExportStatus Status { get; init; }

    /// <summary>The links to the CSV files (8x8's <c>data</c>), present only once the job succeeded; valid until <see cref="Expires"/>.</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<string> DownloadUrls
    {
        get => _downloadUrls;
        init => _downloadUrls = Core.Json.WireList.WithoutNulls(value);
    }

    /// <summary>When the download links stop working (a month after the job succeeded), present only on success.</summary>
    public Instant? Expires { get; init; }
}
