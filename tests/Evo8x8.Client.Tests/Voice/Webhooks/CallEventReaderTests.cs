using System.Text.Json;
using System.Text;
using CsCheck;
using Evo8x8.Client.Voice.Json;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

/// <summary>
/// The parser reads the payload of call action and call status events member by member (CallEventPayloadJsonConverter)
/// instead of through the serializer's general object reader. These tests hold it to that reader: for generated
/// payloads (names in any case, unknown members, repeated keys, nulls, numbers as strings, escapes, wrong types) both
/// give the same payload, or both refuse the body at the same JSON path and line.
/// </summary>
public sealed class CallEventReaderTests
{
    private static readonly string[] Names =
    [
        "eventId", "callId", "sessionId", "subAccountId", "callStatus", "callDirection", "callType", "source", "destination", "sourceFormat",
        "destinationFormat", "sourceCountryCode", "destinationCountryCode", "sourceRefId", "destinationRefId", "callDuration", "eventData",
        "dtmf", "sipCode", "timestamp", "clientActionId", "EVENTID", "CallStatus", "SIPCODE", "Dtmf", "EventData", "carrier", "Carrier",
        "extensionData", "unknown", "callQuality", "\\u0064tmf", "sip\\u0043ode", "caf\\u00e9",
    ];

    private static readonly string[] Values =
    [
        "\"7c3e2a10-3f51-11ef-8a11-55d2a4b0c9e1\"", "\"CALL_RECEIVED\"", "\"ACTION_COMPLETED\"", "\"INBOUND\"", "\"PSTN\"", "\"SOMETHING_NEW\"",
        "\"+6568332048\"", "\"2024-07-08T10:15:21Z\"", "\"2024-07-08T10:15:42.123Z\"", "\"2024-07-08T18:15:42+08:00\"", "\"2024-07-08T10:15:42\"",
        "\"2024-02-30T06:01:37Z\"", "\"\"", "\"null\"", "null", "0", "21", "13.5", "\"21\"", "-1", "1e400", "200", "\"200\"", "\"+200\"",
        "\" 200\"", "\"2e2\"", "2147483648", "\"\\u0032\\u0030\\u0030\"", "true", "{}", "[]", "{\"dtmf\":\"2\"}", "{\"dtmf\":2,\"attempt\":2}",
        "{\"dtmf\":null,\"DTMF\":\"1\"}", "{\"x\":1,\"x\":2}", "{\"dtmf\":[]}", "{\"Dtmf\":\"null\",\"x\":{\"y\":[1]}}", "[1,{\"a\":null}]",
        "\"caf\\u00e9\"", "\"\\ud800\"", "\"1234#\"",
    ];

    [Fact]
    public void GeneratedPayloads_ReadAsTheSerializerReadsThem()
    {
        Gen<(bool Action, (int Name, int Value)[] Members)> payloads =
            Gen.Select(Gen.Bool, Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, Values.Length - 1]).Array[0, 10]);
        payloads.Sample(
            chosen =>
            {
                string payload = "{" + string.Join(",", chosen.Members.Select(member => $"\"{Names[member.Name]}\":{Values[member.Value]}")) + "}";
                string eventType = chosen.Action ? "CALL_ACTION" : "CALL_STATUS";
                AssertSameReading(Encoding.UTF8.GetBytes($"{{\"payload\":\n{payload},\n\"namespace\":\"VOICE\",\"eventType\":\"{eventType}\"}}"), chosen.Action);
            },
            iter: 20_000);
    }

    [Theory]
    [InlineData("""{"callDuration":"twenty"}""", "$.payload.callDuration")]
    [InlineData("""{"callId":"a","CALLID":"b"}""", "$.payload.CALLID")]
    [InlineData("""{"carrier":1,"carrier":2}""", "$.payload.carrier")]
    [InlineData("""{"sipCode":"x"}""", "$.payload.sipCode")]
    [InlineData("""{"sipCode":200.5}""", "$.payload.sipCode")]
    [InlineData("""{"eventData":{"dtmf":[]}}""", "$.payload.eventData.dtmf")]
    [InlineData("""{"eventData":{"dtmf":"1","DTMF":"2"}}""", "$.payload.eventData.DTMF")]
    [InlineData("""{"eventData":{"attempt":1,"attempt":2}}""", "$.payload.eventData.attempt")]
    [InlineData("""{"eventData":null,"EventData":{}}""", "$.payload.EventData")]
    [InlineData("""{"eventData":"2"}""", "$.payload.eventData")]
    [InlineData("""{"timestamp":"yesterday"}""", "$.payload.timestamp")]
    [InlineData("""{"source":12}""", "$.payload.source")]
    public void BadMember_IsReportedAtItsFullPath(string payload, string path)
    {
        foreach (string eventType in new[] { "CALL_ACTION", "CALL_STATUS" })
        {
            byte[] body = Encoding.UTF8.GetBytes("{\"payload\":" + payload + ",\"eventType\":\"" + eventType + "\"}");

            WebhookParseException error = Assert.Throws<WebhookParseException>(() => WebhookParser.Default.Parse(body));

            Assert.Equal(WebhookParseFailure.InvalidContent, error.Failure);
            Assert.Equal(path, error.Path);
            Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
            AssertSameReading(body, eventType == "CALL_ACTION");
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceReading.UsualCallEventFixtures), MemberType = typeof(ReferenceReading))]
    [InlineData("robust-sipcode-not-a-number.json")]
    public void Fixture_ReadsAsTheSerializerReadsIt(string fixture)
    {
        byte[] body = ReferenceReading.CallEventFixture(fixture, out bool action);

        AssertSameReading(body, action);
    }

    private static void AssertSameReading(byte[] body, bool action)
    {
        Func<byte[], CallEventPayload?> serializer = action
            ? bytes => JsonSerializer.Deserialize(bytes, ReferenceReading.CallAction)?.Payload
            : bytes => JsonSerializer.Deserialize(bytes, ReferenceReading.CallStatus)?.Payload;
        if (ReferenceReading.BothRead(body, serializer, out CallEventPayload? expected, out WebhookEvent actual))
        {
            CallEventPayload got = actual switch
            {
                CallActionEvent callAction => callAction.Payload,
                CallStatusEvent callStatus => callStatus.Payload,
                _ => throw new InvalidOperationException($"A {actual.GetType().Name} for {Encoding.UTF8.GetString(body)}"),
            };
            Assert.Equal(Write(expected), Write(got));
        }
    }

    // Every named member through the contract (the DTMF the payload was given, not the one it falls back to), then the
    // kept unknown members as written (their text may hold escapes the writer refuses, such as a lone surrogate).
    internal static string Write(CallEventPayload? payload)
        => payload is null
            ? "null"
            : JsonSerializer.Serialize(payload with { Unknown = null, EventData = payload.EventData is { } data ? data with { Unknown = null } : null }, VoiceJsonContext.Default.CallEventPayload)
                + $" dtmf={payload.EventData?.Dtmf}" + Unknown(payload.ExtensionData) + Unknown(payload.EventData?.ExtensionData);

    internal static string Unknown(IReadOnlyDictionary<string, JsonElement>? members)
        => members is null ? string.Empty : string.Concat(members.Select(member => $" {member.Key}={member.Value.GetRawText()}"));
}
