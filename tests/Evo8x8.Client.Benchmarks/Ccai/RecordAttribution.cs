using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Ccai;
using Evo8x8.Client.Tests.Ccai;

namespace Evo8x8.Client.Benchmarks.Ccai;

/// <summary>
/// Where a CCAI record's read time goes: 1,000 copies of the template read whole, then without each of its members in
/// turn; what a member costs the SDK and plain System.Text.Json is the time its removal saves (medians of timed reps,
/// SDK and plain alternating). A coarse profiler for the reader, not a benchmark.
/// Usage: dotnet run -c Release --project tests/Evo8x8.Client.Benchmarks -- ccai-attribution [varied] [reps]
/// </summary>
internal static class RecordAttribution
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["varied", .. var rest])
        {
            return await RunVariedAsync(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 40).ConfigureAwait(false);
        }

        int reps = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 40;
        var unescaped = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        JsonObject template = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ccai", "voice-inbound.json")))!.AsObject();
        byte[] whole = Batch(template, unescaped);

        // Past tiered compilation's first tiers before anything counts.
        await MeasureAsync(whole, reps * 10).ConfigureAwait(false);
        (double sdkWhole, double plainWhole) = await MeasureAsync(whole, reps).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole template: SDK {sdkWhole:F0} ns/record, plain {plainWhole:F0} ns/record ({sdkWhole / plainWhole:F2}x)"));
        Console.WriteLine("member                   SDK saves   plain saves   SDK extra");
        foreach (string member in template.Select(property => property.Key).ToList())
        {
            JsonObject without = template.DeepClone().AsObject();
            without.Remove(member);
            (double sdk, double plain) = await MeasureAsync(Batch(without, unescaped), reps).ConfigureAwait(false);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{member,-24} {sdkWhole - sdk,9:F0} ns {plainWhole - plain,10:F0} ns {sdkWhole - sdk - (plainWhole - plain),9:F0} ns"));
        }

        return 0;
    }

    /// <summary>
    /// The same attribution over issue 24's 1,000 varied records: every member that occurs is removed from every record
    /// in turn (and, separately, dispositions written as text rather than objects).
    /// </summary>
    private static async Task<int> RunVariedAsync(int reps)
    {
        var unescaped = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        JsonObject[] records = [.. Encoding.UTF8.GetString(GeneratedRecords.Ndjson(1000)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())];
        byte[] whole = Lines(records, unescaped);
        await MeasureAsync(whole, reps * 10).ConfigureAwait(false);
        (double sdkWhole, double plainWhole) = await MeasureAsync(whole, reps).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"varied records: SDK {sdkWhole:F0} ns/record, plain {plainWhole:F0} ns/record ({sdkWhole / plainWhole:F2}x)"));
        Console.WriteLine("member                   SDK saves   plain saves   SDK extra   ratio without");
        string[] members = [.. records.SelectMany(record => record.Select(property => property.Key)).Distinct(StringComparer.Ordinal)];
        foreach (string member in members)
        {
            JsonObject[] without = [.. records.Select(record => { JsonObject copy = record.DeepClone().AsObject(); copy.Remove(member); return copy; })];
            await Report(member, without).ConfigureAwait(false);
        }

        JsonObject[] textDispositions = [.. records.Select(record =>
        {
            JsonObject copy = record.DeepClone().AsObject();
            copy["disposition"] = "Resolved";
            return copy;
        })];
        await Report("(disposition as text)", textDispositions).ConfigureAwait(false);
        return 0;

        async Task Report(string what, JsonObject[] changed)
        {
            (double sdk, double plain) = await MeasureAsync(Lines(changed, unescaped), reps).ConfigureAwait(false);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{what,-24} {sdkWhole - sdk,9:F0} ns {plainWhole - plain,10:F0} ns {sdkWhole - sdk - (plainWhole - plain),9:F0} ns {sdk / plain,9:F2}x"));
        }
    }

    private static byte[] Lines(IEnumerable<JsonObject> records, JsonSerializerOptions options)
    {
        var text = new StringBuilder();
        foreach (JsonObject record in records)
        {
            text.Append(record.ToJsonString(options)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Batch(JsonObject record, JsonSerializerOptions options)
    {
        var text = new StringBuilder();
        for (int i = 0; i < 1000; i++)
        {
            record["id"] = 100_000 + i;
            text.Append(record.ToJsonString(options)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // Nanoseconds per record, median over the reps, SDK and plain alternating.
    private static async Task<(double Sdk, double Plain)> MeasureAsync(byte[] ndjson, int reps)
    {
        var sdk = new List<double>();
        var plain = new List<double>();
        var reader = new SessionMetadataReader();
        for (int rep = 0; rep < reps + 3; rep++)
        {
            long start = Stopwatch.GetTimestamp();
            await foreach (SessionMetadata record in reader.ReadNdjsonAsync(new MemoryStream(ndjson, writable: false)).ConfigureAwait(false))
            {
                GC.KeepAlive(record);
            }

            long middle = Stopwatch.GetTimestamp();
            SessionMetadataReaderBenchmarks.ReadPlain(ndjson);
            long end = Stopwatch.GetTimestamp();
            if (rep >= 3)
            {
                sdk.Add(Stopwatch.GetElapsedTime(start, middle).TotalNanoseconds / 1000);
                plain.Add(Stopwatch.GetElapsedTime(middle, end).TotalNanoseconds / 1000);
            }
        }

        sdk.Sort();
        plain.Sort();
        return (sdk[sdk.Count / 2], plain[plain.Count / 2]);
    }
}
