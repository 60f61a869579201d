using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using System.Text;
using CsCheck;
using Evo8x8.Client.Voice.Json;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

/// <summary>
/// The parser reads call legs member by member (CallLegJsonConverter) instead of through the serializer's general
/// object reader. These tests hold it to that reader: for generated legs (names in any case, unknown members, repeated
/// keys, nulls, numbers as strings, escapes, wrong types) both give the same leg, or both refuse the body at the same
/// JSON path and line.
/// </summary>
public sealed class CallLegReaderTests
{
    // The serializer's own reading of the same contract: the package's context with duplicate keys refused.
    private static readonly JsonTypeInfo<SessionSummaryEvent> Reference = (JsonTypeInfo<SessionSummaryEvent>)new JsonSerializerOptions(VoiceJsonContext.Default.Options)
    {
        AllowDuplicateProperties = false,
    }.GetTypeInfo(typeof(SessionSummaryEvent));

    private static readonly string[] Names =
    [
        "callId", "callDirection", "callType", "initiatedTimestamp", "connectedTimestamp", "disconnectedTimestamp", "source", "destination",
        "sourceFormat", "destinationFormat", "sourceCountryCode", "destinationCountryCode", "sourceRefId", "destinationRefId", "callStatus",
        "callDuration", "callQuality", "CALLID", "CallStatus", "sOuRcE", "newField", "NewField", "callQualityScore", "\\u0063allId", "source\\u0052efId",
        "extensionData", "ExtensionData", "name",
    ];

    private static readonly string[] Values =
    [
        "\"1f048a83-ea6d-11ee-911b-e9023a97c284\"", "\"OUTBOUND\"", "\"INBOUND\"", "\"PSTN\"", "\"COMPLETED\"", "\"SOMETHING_NEW\"", "\" +6568332048\"",
        "\"2024-03-25T06:01:28Z\"", "\"2024-03-25T06:01:37.123Z\"", "\"2024-03-25T14:01:37+08:00\"", "\"2024-03-25T06:01:37\"", "\"2024-02-30T06:01:37Z\"",
        "\"2024-03-25T06:01:37.1234567891Z\"", "\"2024-03-25T06:01:37+14:30\"", "\"9999-12-31T23:59:59Z\"", "\"\"", "\"null\"", "null", "13", "13.5",
        "\"13\"", "-1", "1e400", "true", "{}", "[]", "{\"mos\":4.5,\"packetLossRate\":0,\"jitter\":20}", "{\"mos\":\"4.5\",\"MOS\":1}",
        "{\"mos\":null,\"extra\":[1,2]}", "{\"extensionData\":1,\"jitter\":2}",
        "{\"a\":{\"x\":1,\"x\":2}}", "[{\"x\":1,\"X\":2}]", "{\"jitter\":\"x\"}", "[1,{\"a\":null}]", "\"caf\\u00e9\"", "\"\\ud800\"", "\"PS\\u0054N\"",
    ];

    [Fact]
    public void GeneratedLegs_ReadAsTheSerializerReadsThem()
    {
        Gen<(int Name, int Value)[]> members = Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, Values.Length - 1]).Array[0, 8];
        members.Sample(
            chosen =>
            {
                string leg = "{" + string.Join(",", chosen.Select(member => $"\"{Names[member.Name]}\":{Values[member.Value]}")) + "}";
                byte[] body = Encoding.UTF8.GetBytes(
                    "{\"payload\":{\"sessionId\":\"s-1\",\"details\":{\"CallA\":\n" + leg + "}},\n\"namespace\":\"VOICE\",\"eventType\":\"SESSION_SUMMARY\"}");
                AssertSameReading(body);
            },
            iter: 20_000);
    }

    [Theory]
    [InlineData("""{"callDuration":"thirteen"}""", "$.payload.details.CallA.callDuration")]
    [InlineData("""{"callId":"a","CALLID":"b"}""", "$.payload.details.CallA.CALLID")]
    [InlineData("""{"extra":1,"extra":2}""", "$.payload.details.CallA.extra")]
    [InlineData("""{"callQuality":{"mos":"x"}}""", "$.payload.details.CallA.callQuality.mos")]
    [InlineData("""{"callQuality":{"jitter":1,"Jitter":2}}""", "$.payload.details.CallA.callQuality.Jitter")]
    [InlineData("""{"callQuality":null,"callQuality":{"mos":1,"MOS":2}}""", "$.payload.details.CallA.callQuality.MOS")]
    [InlineData("""{"callQuality":null,"CallQuality":{}}""", "$.payload.details.CallA.CallQuality")]
    [InlineData("""{"source":12}""", "$.payload.details.CallA.source")]
    public void BadMember_IsReportedAtItsFullPath(string leg, string path)
    {
        byte[] body = Encoding.UTF8.GetBytes("{\"payload\":{\"details\":{\"CallA\":" + leg + "}},\"eventType\":\"SESSION_SUMMARY\"}");

        WebhookParseException error = Assert.Throws<WebhookParseException>(() => WebhookParser.Default.Parse(body));

        Assert.Equal(WebhookParseFailure.InvalidContent, error.Failure);
        Assert.Equal(path, error.Path);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        AssertSameReading(body);
    }

    private static void AssertSameReading(byte[] body)
    {
        if (ReferenceReading.BothRead(body, bytes => JsonSerializer.Deserialize(bytes, Reference), out SessionSummaryEvent? expected, out WebhookEvent actual))
        {
            Assert.Equal(Write(expected!.Payload.Legs.SingleOrDefault()), Write(((SessionSummaryEvent)actual).Payload.Legs.SingleOrDefault()));
        }
    }

    // Every named member through the contract, then the kept unknown members as written (their text may hold escapes
    // the writer refuses, such as a lone surrogate).
    private static string Write(CallLeg? leg)
        => leg is null
            ? "null"
            : JsonSerializer.Serialize(leg with { Unknown = null, CallQuality = leg.CallQuality is { } quality ? quality with { Unknown = null } : null }, VoiceJsonContext.Default.CallLeg)
                + Unknown(leg.ExtensionData) + Unknown(leg.CallQuality?.ExtensionData);

    private static string Unknown(IReadOnlyDictionary<string, JsonElement>? members)
        => members is null ? string.Empty : string.Concat(members.Select(member => $" {member.Key}={member.Value.GetRawText()}"));
}
