using System.Globalization;
using System.Text.Json;
using System.Text;
using CsCheck;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Ccai;

namespace Evo8x8.Client.Tests.Ccai;

/// <summary>
/// The batch readers (NDJSON and JSON array, read in small pieces) against the serializer's own reading of each record
/// with the package's contract: for generated batches of varied records with unknown members, escapes and broken
/// values, every record reads as the serializer reads it alone, and every record the serializer refuses is reported
/// broken at the same JSON path, with its index, while the others still come through.
/// </summary>
public sealed partial class SessionMetadataReaderTests
{
    private static readonly string[] Extras =
    [
        "\"diagnostics\":{\"sip\":\"x\",\"codes\":[1,2]}", "\"Lang\":\"fr\"", "\"caf\\u00e9\":\"\\u00e9t\\u00e9\"", "\"rating\":\"4\"",
        "\"rating\":\"four\"", "\"status\":{}", "\"created_at\":\"yesterday\"", "\"wait_duration\":\"12.5\"", "\"transfers\":{}",
        "\"agent_info\":{\"id\":\"x\"}", "\"disposition\":17", "\"out_ticket_id\":\"T-1\"", "\"call_type\":42", "\"nested\":{\"a\":{\"b\":[{}]}}",
        "\"participants\":[{\"id\":1,\"connected_at\":\"2024-05-01T10:00:00Z\"}]", "\"id\":\"12\"", "\"hold_duration\":null",
    ];

    [Fact]
    public async Task GeneratedBatches_ReadAsTheSerializerReadsEachRecord()
    {
        Gen<(int Seed, int[] Extras)[]> batches = Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[-1, Extras.Length - 1].Array[0, 3]).Array[1, 12];
        await batches.SampleAsync(
            async chosen =>
            {
                string[] records = [.. chosen.Select((record, index) => Record(index + 1, record.Seed, record.Extras))];
                await AssertSameReadingAsync(records, array: false);
                await AssertSameReadingAsync(records, array: true);
            },
            iter: 300);
    }

    // A varied record, with each chosen extra member (or none, for -1) written just after its id.
    private static string Record(long id, int seed, int[] extras)
    {
        string record = GeneratedRecords.Record(id, new Random(seed));
        string added = string.Concat(extras.Where(extra => extra >= 0).Select(extra => "," + Extras[extra]));
        int afterId = record.IndexOf(',', StringComparison.Ordinal);
        return record[..afterId] + added + record[afterId..];
    }

    private static async Task AssertSameReadingAsync(string[] records, bool array)
    {
        string batch = array ? "[\n" + string.Join(",\n", records) + "\n]" : string.Join("\n", records) + "\n";
        var broken = new List<SessionMetadataFormatException>();
        var reader = new SessionMetadataReader(new SessionMetadataReaderOptions { BrokenRecords = BrokenRecordHandling.Skip, OnBrokenRecord = broken.Add });
        var read = new List<SessionMetadata>();
        var stream = new TrickleStream(Encoding.UTF8.GetBytes(batch), bytesPerRead: 61);
        await foreach (SessionMetadata record in array ? reader.ReadArrayAsync(stream) : reader.ReadNdjsonAsync(stream))
        {
            read.Add(record);
        }

        int next = 0;
        for (int index = 0; index < records.Length; index++)
        {
            string context = string.Create(CultureInfo.InvariantCulture, $"record {index} of the {(array ? "array" : "NDJSON")}: {records[index]}");
            SessionMetadata? expected;
            try
            {
                expected = JsonSerializer.Deserialize(records[index], CcaiJsonContext.Default.SessionMetadata);
            }
            catch (JsonException refused)
            {
                SessionMetadataFormatException? reported = broken.SingleOrDefault(error => error.RecordIndex == index);
                Assert.True(reported is not null, $"The serializer refuses {context} ({refused.Message}), but the reader did not report it.");
                Assert.True(refused.Path == reported.JsonPath, $"Path {reported.JsonPath} instead of {refused.Path} for {context}");
                continue;
            }

            Assert.True(next < read.Count, $"The serializer reads {context}, but the reader did not yield it.");
            Assert.Equal(Written(expected!), Written(read[next++]));
        }

        Assert.Equal(read.Count, next);
        Assert.Equal(records.Length - read.Count, broken.Count);
    }

    private static string Written(SessionMetadata record) => JsonSerializer.Serialize(record, CcaiJsonContext.Default.SessionMetadata);
}
