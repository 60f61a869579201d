using System.Text.Json.Nodes;
using System.Text;
using BenchmarkDotNet.Attributes;
using Evo8x8.Client.Ccai;
using Evo8x8.Client.Tests.Ccai;

namespace Evo8x8.Client.Benchmarks.Ccai;

/// <summary>
/// Issue 12's goal: a JSON array holding one 1 MB record, fed in 1,460-byte reads (one TCP segment each), reads
/// within 3x of the same array read whole. <see cref="Shape"/> makes the record large through many small tokens
/// (participants) or through one long string (a note).
/// </summary>
[MemoryDiagnoser]
public class ReadArrayChunkingBenchmarks
{
    private const int SegmentBytes = 1460;
    private const int RecordBytes = 1024 * 1024;

    private byte[] _array = null!;

    /// <summary>How the record reaches 1 MB.</summary>
    [Params("participants", "note")]
    public string Shape { get; set; } = "participants";

    [GlobalSetup]
    public void Setup()
    {
        JsonNode record = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ccai", "voice-inbound.json")))!;
        if (Shape == "note")
        {
            record["note"] = new string('n', RecordBytes);
        }
        else
        {
            var participants = new JsonArray();
            for (int i = 0; participants.ToJsonString().Length < RecordBytes; i++)
            {
                participants.Add(new JsonObject { ["id"] = i, ["type"] = "agent", ["name"] = $"Agent {i}", ["status"] = "finished" });
            }

            record["participants"] = participants;
        }

        _array = Encoding.UTF8.GetBytes("[" + record.ToJsonString() + "]");
    }

    [Benchmark(Baseline = true)]
    public Task<int> Whole() => CountAsync(new MemoryStream(_array, writable: false));

    [Benchmark]
    public Task<int> SegmentReads() => CountAsync(new TrickleStream(_array, SegmentBytes));

    private static async Task<int> CountAsync(Stream stream)
    {
        var reader = new SessionMetadataReader(new SessionMetadataReaderOptions { MaxRecordBytes = 4 * RecordBytes });
        int count = 0;
        await foreach (SessionMetadata record in reader.ReadArrayAsync(stream))
        {
            count += record.Id > 0 ? 1 : 0;
        }

        return count;
    }
}
