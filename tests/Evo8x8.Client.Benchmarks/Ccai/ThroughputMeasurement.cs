using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text;
using Evo8x8.Client.Ccai;
using Evo8x8.Client.Parquet;
using Evo8x8.Client.Tests.Ccai;

namespace Evo8x8.Client.Benchmarks.Ccai;

/// <summary>
/// Issue 16's speed and memory goals on a large generated export (varied call and chat records): MB/s and peak
/// working set of the SDK's NDJSON and array readers and of the Parquet writer, next to plain source-generated
/// System.Text.Json reading the same bytes into <see cref="PlainSessionMetadata"/>. Each scenario runs in its own
/// process, so that its peak working set is its own.
/// Usage: dotnet run -c Release --project tests/Evo8x8.Client.Benchmarks -- measure [megabytes] [rounds]
/// </summary>
internal static class ThroughputMeasurement
{
    private static readonly string[] Scenarios = ["plain-ndjson", "sdk-ndjson", "plain-array", "sdk-array", "sdk-parquet"];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length >= 3 && args[0] == "measure-one")
        {
            return await MeasureOneAsync(args[1], args[2]).ConfigureAwait(false);
        }

        int megabytes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1024;
        int rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
        string folder = Path.Combine(Path.GetTempPath(), "evo8x8-ccai-measure");
        Directory.CreateDirectory(folder);
        string ndjson = Path.Combine(folder, "records.ndjson");
        string array = Path.Combine(folder, "records.json");
        WriteInputs(ndjson, array, (long)megabytes * 1024 * 1024);
        Console.WriteLine($"input: {new FileInfo(ndjson).Length / 1048576.0:F0} MB NDJSON, {new FileInfo(array).Length / 1048576.0:F0} MB array; {rounds} rounds, one process per run");
        try
        {
            for (int round = 0; round < rounds; round++)
            {
                foreach (string scenario in Scenarios)
                {
                    string input = scenario.EndsWith("array", StringComparison.Ordinal) ? array : ndjson;
                    Console.WriteLine(await RunChildAsync(scenario, input).ConfigureAwait(false));
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    /// <summary>Runs one scenario in its own process: its input MB/s and peak working set in MB.</summary>
    public static async Task<(double MegabytesPerSecond, double PeakMegabytes)> MeasureAsync(string scenario, string input)
    {
        string line = await RunChildAsync(scenario, input).ConfigureAwait(false);
        Match figures = Regex.Match(line, @"([\d.]+) MB/s\s+peak working set\s+([\d.]+) MB");
        if (!figures.Success)
        {
            throw new InvalidOperationException($"The {scenario} run printed no figures: {line}");
        }

        return (double.Parse(figures.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(figures.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    private static async Task<string> RunChildAsync(string scenario, string input)
    {
        using Process child = Process.Start(ChildStart(scenario, input))!;
        string output = await child.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await child.WaitForExitAsync().ConfigureAwait(false);
        return output;
    }

    private static ProcessStartInfo ChildStart(string scenario, string input)
    {
        ProcessStartInfo start = ChildProcess.OfThisProgram("measure-one", scenario, input);
        start.RedirectStandardOutput = true;
        return start;
    }

    internal static void WriteInputs(string ndjsonPath, string arrayPath, long bytes)
    {
        using StreamWriter ndjson = new(ndjsonPath, false, new UTF8Encoding(false), 1 << 20);
        using StreamWriter array = new(arrayPath, false, new UTF8Encoding(false), 1 << 20);
        Random random = new(16);
        array.Write('[');
        long written = 0;
        for (long id = 1; written < bytes; id++)
        {
            string record = GeneratedRecords.Record(id, random);
            ndjson.Write(record);
            ndjson.Write('\n');
            array.Write(id == 1 ? "\n" : ",\n");
            array.Write(record);
            written += record.Length + 1;
        }

        array.Write("\n]");
    }

    private static async Task<int> MeasureOneAsync(string scenario, string input)
    {
        long length = new FileInfo(input).Length;
        Stopwatch clock = Stopwatch.StartNew();
        long count = scenario switch
        {
            "plain-ndjson" => await PlainNdjsonAsync(input).ConfigureAwait(false),
            "plain-array" => await PlainArrayAsync(input).ConfigureAwait(false),
            "sdk-ndjson" => await CountAsync(new SessionMetadataReader().ReadNdjsonFileAsync(input)).ConfigureAwait(false),
            "sdk-array" => await CountAsync(new SessionMetadataReader().ReadArrayFileAsync(input)).ConfigureAwait(false),
            "sdk-parquet" => await ParquetAsync(input).ConfigureAwait(false),
            _ => throw new ArgumentException($"unknown scenario {scenario}", nameof(scenario)),
        };
        clock.Stop();
        using Process self = Process.GetCurrentProcess();
        Console.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"{scenario,-13} {length / 1048576.0 / clock.Elapsed.TotalSeconds,7:F1} MB/s  peak working set {self.PeakWorkingSet64 / 1048576.0,6:F1} MB  records {count}"));
        return 0;
    }

    private static async Task<long> CountAsync(IAsyncEnumerable<SessionMetadata> records)
    {
        long count = 0;
        await foreach (SessionMetadata record in records.ConfigureAwait(false))
        {
            count += record.Id > 0 ? 1 : 0;
        }

        return count;
    }

    private static async Task<long> ParquetAsync(string input)
    {
        string output = Path.Combine(Path.GetDirectoryName(input)!, "parquet");
        return await SessionMetadataParquetWriter.WriteAllAsync(new SessionMetadataReader().ReadNdjsonFileAsync(input), output).ConfigureAwait(false);
    }

    private static async Task<long> PlainArrayAsync(string input)
    {
        long count = 0;
        FileStream file = File.OpenRead(input);
        await using (file.ConfigureAwait(false))
        {
            await foreach (PlainSessionMetadata? record in JsonSerializer.DeserializeAsyncEnumerable(file, PlainCcaiContext.Default.PlainSessionMetadata).ConfigureAwait(false))
            {
                count += record?.Id > 0 ? 1 : 0;
            }
        }

        return count;
    }

    // The plain way to read NDJSON without a string per line: a growing byte buffer split at '\n'.
    private static async Task<long> PlainNdjsonAsync(string input)
    {
        long count = 0;
        byte[] buffer = new byte[1 << 16];
        int start = 0;
        int end = 0;
        FileStream file = File.OpenRead(input);
        await using (file.ConfigureAwait(false))
        {
            while (true)
            {
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                int read = await file.ReadAsync(buffer.AsMemory(end)).ConfigureAwait(false);
                end += read;
                count += ReadLines(buffer, ref start, end, read == 0);
                if (read == 0)
                {
                    return count;
                }
            }
        }
    }

    private static long ReadLines(byte[] buffer, ref int start, int end, bool final)
    {
        long count = 0;
        while (start < end)
        {
            int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline < 0 && !final)
            {
                break;
            }

            int length = newline < 0 ? end - start : newline;
            if (length > 0)
            {
                count += JsonSerializer.Deserialize(buffer.AsSpan(start, length), PlainCcaiContext.Default.PlainSessionMetadata)?.Id > 0 ? 1 : 0;
            }

            start += length + (newline < 0 ? 0 : 1);
        }

        return count;
    }
}
