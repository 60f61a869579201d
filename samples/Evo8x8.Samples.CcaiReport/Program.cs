// Summarizes a folder of CCAI Platform session metadata files, laid out as exported storage writes them.
// Usage: dotnet run [folder]   (default: the metadata/ folder shipped next to this sample)
using System.Globalization;
using Evo8x8.Client.ContactCenter;

string folder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "metadata");

// README: CCAI session metadata
SessionMetadataReader reader = new(new SessionMetadataReaderOptions
{
    BrokenRecords = BrokenRecordHandling.Skip,
    OnBrokenRecord = broken => Console.Error.WriteLine($"skipped: {broken.Message}"),
});

// Streams every *.json below the folder, one record in memory at a time.
SessionMetadataSummary summary = await SessionMetadataSummary.CreateAsync(reader.ReadFolderAsync(folder));

Console.WriteLine($"Sessions: {summary.Count}");
foreach ((CcaiSessionStatus status, long count) in summary.CountByStatus.OrderBy(entry => entry.Key.Code))
{
    Console.WriteLine($"  status {status,-22} {count,5}");
}

foreach ((CcaiSessionType type, long count) in summary.CountByType.OrderByDescending(entry => entry.Value))
{
    Console.WriteLine($"  type   {type,-22} {count,5}");
}

Console.WriteLine($"Average handle time: {summary.AverageHandleTime?.ToString("M:ss", CultureInfo.InvariantCulture) ?? "-"}");
Console.WriteLine($"Average wait time:   {summary.AverageWaitTime?.ToString("M:ss", CultureInfo.InvariantCulture) ?? "-"}");
foreach ((int rating, long count) in summary.CsatDistribution.OrderBy(entry => entry.Key))
{
    Console.WriteLine($"  CSAT {rating}: {count}");
}
// README: end
