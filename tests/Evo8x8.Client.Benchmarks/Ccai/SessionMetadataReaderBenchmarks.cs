using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using BenchmarkDotNet.Attributes;
using Evo8x8.Client.Ccai;
using Evo8x8.Client.Tests.Ccai;

namespace Evo8x8.Client.Benchmarks.Ccai;

/// <summary>
/// Issue 6's goal: a batch of session metadata records reads at least as fast as plain source-generated
/// System.Text.Json deserialization of the same records, on one core. The batch is NDJSON in memory: 1,000 copies of
/// the repository's template, or (issue 24's figure, goal 1.10x) 1,000 varied call and chat records as an export holds
/// them (numbers and text where the platform sends either, unknown members).
/// </summary>
[MemoryDiagnoser]
public class SessionMetadataReaderBenchmarks
{
    private const int Count = 1000;

    // As exported: '+' in offsets written as is, not as \u002B (the converters read both).
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private byte[] _ndjson = null!;

    [Params("varied", "template")]
    public string Records { get; set; } = "varied";

    [GlobalSetup]
    public void Setup()
    {
        if (Records == "varied")
        {
            _ndjson = GeneratedRecords.Ndjson(Count);
            return;
        }

        JsonNode template = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ccai", "voice-inbound.json")))!;
        var text = new StringBuilder();
        for (int i = 0; i < Count; i++)
        {
            template["id"] = 100_000 + i;
            text.Append(template.ToJsonString(Unescaped)).Append('\n');
        }

        _ndjson = Encoding.UTF8.GetBytes(text.ToString());
    }

    [Benchmark]
    public async Task<int> Sdk()
    {
        int count = 0;
        await foreach (SessionMetadata record in new SessionMetadataReader().ReadNdjsonAsync(new MemoryStream(_ndjson, writable: false)))
        {
            count += record.Id > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Baseline = true)]
    public int PlainSourceGenerated() => ReadPlain(_ndjson);

    /// <summary>Plain source-generated System.Text.Json, line by line.</summary>
    public static int ReadPlain(ReadOnlySpan<byte> ndjson)
    {
        int count = 0;
        ReadOnlySpan<byte> rest = ndjson;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            if (!line.IsEmpty)
            {
                count += JsonSerializer.Deserialize(line, PlainCcaiContext.Default.PlainSessionMetadata) is null ? 0 : 1;
            }
        }

        return count;
    }
}
