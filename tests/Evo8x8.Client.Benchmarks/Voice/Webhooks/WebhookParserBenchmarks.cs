using System.Text.Json;
using System.Text;
using BenchmarkDotNet.Attributes;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Benchmarks.Voice.Webhooks;

/// <summary>
/// Issue 3's goal: parsing a VSS with all the SDK's tolerance is as fast as plain source-generated
/// System.Text.Json of the same shape, at least twice Newtonsoft.Json, and allocates no more than the plain one.
/// </summary>
[MemoryDiagnoser]
public class WebhookParserBenchmarks
{
    // Seed 000's success sample, with the leg key and SourceRefId casing the plain DTOs can read.
    private const string SessionSummary = """
        {"payload":{"sessionId":"1f048a84-ea6d-11ee-911b-078f7290bf52","subAccountId":"8x8_test","sessionStatus":"COMPLETED",
        "startTime":"2024-03-25T06:01:30Z","endTime":"2024-03-25T06:01:50Z","lastAction":"MAKE_CALL","callCount":1,
        "details":{"CallA":{"callId":"1f048a83-ea6d-11ee-911b-e9023a97c284","callDirection":"OUTBOUND","callType":"PSTN",
        "initiatedTimestamp":"2024-03-25T06:01:28Z","connectedTimestamp":"2024-03-25T06:01:37Z","disconnectedTimestamp":"2024-03-25T06:01:50Z",
        "source":"+12314377870","destination":"+6568332048","sourceFormat":"MSISDN","destinationFormat":"MSISDN",
        "sourceCountryCode":"US","destinationCountryCode":"SG","sourceRefId":"PSTN1","callStatus":"COMPLETED","callDuration":13,
        "callQuality":{"mos":4.5,"packetLossRate":0,"jitter":20}}}},
        "namespace":"VOICE","eventType":"SESSION_SUMMARY","description":"Summary of a completed call session"}
        """;

    private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(SessionSummary);

    [Benchmark]
    public WebhookEvent Sdk() => WebhookParser.Default.Parse(_utf8);

    [Benchmark(Baseline = true)]
    public PlainEnvelope? PlainSourceGenerated() => JsonSerializer.Deserialize(_utf8, PlainJsonContext.Default.PlainEnvelope);

    [Benchmark]
    public PlainEnvelope? Newtonsoft() => global::Newtonsoft.Json.JsonConvert.DeserializeObject<PlainEnvelope>(SessionSummary);
}
