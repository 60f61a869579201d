// Summarizes a folder of CCAI Platform session metadata files, laid out as exported storage writes them, and with
// --parquet DIR also writes them to Parquet files for DuckDB, BigQuery, Spark or any engine that reads Parquet.
// Usage: dotnet run [folder] [--parquet DIR]   (default folder: the metadata/ folder shipped next to this sample)
using System.Globalization;
using Evo8x8.Client.Ccai.Apps;
using Evo8x8.Client.Ccai;
using Evo8x8.Client.Parquet;
using Evo8x8.Client.Testing;

int parquetArgument = Array.IndexOf(args, "--parquet");
string? parquetFolder = parquetArgument >= 0 && parquetArgument + 1 < args.Length ? args[parquetArgument + 1] : null;
if (parquetArgument >= 0 && parquetFolder is null)
{
    Console.Error.WriteLine("--parquet needs the output folder: --parquet DIR");
    return 2;
}

string[] positional = [.. args.Where((_, index) => parquetArgument < 0 || (index != parquetArgument && index != parquetArgument + 1))];
string folder = positional.Length > 0 ? positional[0] : Path.Combine(AppContext.BaseDirectory, "metadata");

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

if (parquetFolder is not null)
{
    // README: CCAI Parquet
    // One row per session in sessions.parquet; transfers, participants and transcript entries in their own files.
    long written = await SessionMetadataParquetWriter.WriteAllAsync(reader.ReadFolderAsync(folder), parquetFolder);
    Console.WriteLine($"Wrote {written} sessions to {Path.Combine(parquetFolder, SessionMetadataParquetWriter.SessionsFileName)}");
    // README: end
}

// The Apps API against the in-process emulator; with a real tenant the options carry its subdomain, domain and token.
await using (Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync())
{
    CcaiAppsClientOptions options = emulator.CreateCcaiAppsClientOptions();

    // README: CCAI Apps API
    ICcaiAppsClient apps = new CcaiAppsClient(options);
    SessionMetadata call = await apps.Calls.CreateOutboundAsync(new NewOutboundCall
    {
        AgentEmail = "agent@example.com",
        EndUserNumber = "+15551234567",
    });
    await apps.CustomerFlags.UpdateAsync(call.Id, new CcaiCustomerFlags { VerifiedCustomer = true });
    // README: end

    Console.WriteLine($"Apps API (emulator): call {call.Id} is {call.Status}");
}

return 0;
