using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Voice.Json;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

// The member-by-member readers keep an unknown string, number, true, false or null as its JSON text and build the
// elements only when ExtensionData is read; what a caller reads must still be what the serializer's own reading gives.
public sealed partial class WebhookParserTests
{
    // The serializer's own reading of the same contract: the package's context with duplicate keys refused.
    private static readonly JsonSerializerOptions ContextOptions = new(VoiceJsonContext.Default.Options) { AllowDuplicateProperties = false };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_CallEventWithUnknownPrimitiveMembers_ReadsThemAsTheSerializerDoes(Input input)
    {
        const string Fixture = "quirk-unknown-primitive-members-call-event.json";
        CallEventPayload payload = Assert.IsType<CallActionEvent>(await ParseFixtureAsync(Fixture, input)).Payload;
        CallEventPayload expected = Reference<CallActionEvent>(Fixture).Payload;

        Assert.Equal(
            ["carrier", "carrierTag", "rate", "ceiling", "attempt", "recorded", "transferred", "recordingId", "route", "note", "tags"],
            payload.ExtensionData.Keys);
        Assert.Equal(Describe(expected.ExtensionData), Describe(payload.ExtensionData));
        Assert.Equal(["retry", "menu", "score", "menuLabel"], payload.EventData!.ExtensionData.Keys);
        Assert.Equal(Describe(expected.EventData!.ExtensionData), Describe(payload.EventData.ExtensionData));

        IReadOnlyDictionary<string, JsonElement> unknown = payload.ExtensionData;
        Assert.Equal("\"Sing\\u0054el caf\\u00e9 \\ud83d\\ude00 \\\"main\\\" \\\\ \\/ \\n\"", unknown["carrier"].GetRawText());
        Assert.Equal("SingTel café 😀 \"main\" \\ / \n", unknown["carrier"].GetString());
        Assert.Equal("\"\\ud800\"", unknown["carrierTag"].GetRawText());
        Assert.Throws<InvalidOperationException>(() => unknown["carrierTag"].GetString());
        Assert.Equal(-0.00125, unknown["rate"].GetDouble());
        Assert.Equal("1E+400", unknown["ceiling"].GetRawText());
        Assert.False(unknown["ceiling"].TryGetDecimal(out _));
        Assert.Equal(3, unknown["attempt"].GetInt32());
        Assert.True(unknown["recorded"].GetBoolean());
        Assert.False(unknown["transferred"].GetBoolean());
        Assert.Equal(JsonValueKind.Null, unknown["recordingId"].ValueKind);
        Assert.Equal("""[1, { "x": null }]""", unknown["route"].GetProperty("hops").GetRawText());
        Assert.Equal(string.Empty, unknown["note"].GetString());
        Assert.Equal(5, payload.EventData.ExtensionData["score"].GetDecimal());
        Assert.Equal(CallStatus.ActionCompleted, payload.CallStatus);
        Assert.Equal(200, payload.SipCode);
        Assert.Equal("2", payload.Dtmf);
    }

    [Fact]
    public async Task Parse_LegWithObjectAndPrimitiveUnknownMembers_KeepsThemInOrderAsTheSerializerDoes()
    {
        const string Fixture = "quirk-unknown-members-mixed-leg.json";
        CallLeg leg = Assert.Single(Assert.IsType<SessionSummaryEvent>(await ParseFixtureAsync(Fixture, Input.Text)).Payload.Legs);
        CallLeg expected = Assert.Single(Reference<SessionSummaryEvent>(Fixture).Payload.Legs);

        Assert.Equal(["recordingId", "routing", "carrier", "tags", "attempt", "fraudScore", "voicemail"], leg.ExtensionData.Keys);
        Assert.Equal(Describe(expected.ExtensionData), Describe(leg.ExtensionData));
        Assert.Equal(["rtt", "codec", "loss", "hd"], leg.CallQuality!.ExtensionData.Keys);
        Assert.Equal(Describe(expected.CallQuality!.ExtensionData), Describe(leg.CallQuality.ExtensionData));
        Assert.Equal("SingTel", leg.ExtensionData["carrier"].GetString());
        Assert.Equal(2019, leg.ExtensionData["tags"][1].GetProperty("since").GetInt32());
        Assert.Equal(1.5E-7, leg.ExtensionData["fraudScore"].GetDouble());
        Assert.Equal(20, leg.CallQuality.Jitter);

        // Written back through the context, the kept members come out as the serializer's own reading writes them.
        Assert.Equal(JsonSerializer.Serialize(expected, VoiceJsonContext.Default.CallLeg), JsonSerializer.Serialize(leg, VoiceJsonContext.Default.CallLeg));
    }

    [Theory]
    [InlineData("""{"payload":{"note":"a","carrier":"x","carrier":"y"},"eventType":"CALL_STATUS"}""", "$.payload.carrier")]
    [InlineData("""{"payload":{"carrier":{},"carrier":1},"eventType":"CALL_STATUS"}""", "$.payload.carrier")]
    [InlineData("""{"payload":{"carrier":null,"carrier":[]},"eventType":"CALL_ACTION"}""", "$.payload.carrier")]
    [InlineData("""{"payload":{"car\u0072ier":true,"carrier":false},"eventType":"CALL_ACTION"}""", "$.payload.carrier")]
    [InlineData("""{"payload":{"u1":1,"u2":2,"u3":3,"u4":4,"u5":5,"u6":6,"u7":7,"u8":8,"u9":9,"u10":10,"u3":"3"},"eventType":"CALL_STATUS"}""", "$.payload.u3")]
    [InlineData("""{"payload":{"eventData":{"n":1,"m":2,"n":"3"}},"eventType":"CALL_ACTION"}""", "$.payload.eventData.n")]
    [InlineData("""{"payload":{"details":{"CallA":{"x":null,"x":false}}},"eventType":"SESSION_SUMMARY"}""", "$.payload.details.CallA.x")]
    [InlineData("""{"payload":{"details":{"CallA":{"callQuality":{"rtt":1,"rtt":2e1}}}},"eventType":"SESSION_SUMMARY"}""", "$.payload.details.CallA.callQuality.rtt")]
    public void Parse_RepeatedUnknownPrimitiveMember_IsRefusedAtItsPath(string json, string path)
    {
        byte[] body = Encoding.UTF8.GetBytes(json);

        WebhookParseException error = Assert.Throws<WebhookParseException>(() => WebhookParser.Default.Parse(body));

        Assert.Equal(WebhookParseFailure.InvalidContent, error.Failure);
        Assert.Equal(path, error.Path);
        Func<byte[], WebhookEvent?> serializer = json.Contains("SESSION_SUMMARY", StringComparison.Ordinal)
            ? bytes => JsonSerializer.Deserialize(bytes, TypeInfo<SessionSummaryEvent>())
            : json.Contains("CALL_ACTION", StringComparison.Ordinal)
                ? bytes => JsonSerializer.Deserialize(bytes, TypeInfo<CallActionEvent>())
                : bytes => JsonSerializer.Deserialize(bytes, TypeInfo<CallStatusEvent>());
        Assert.False(ReferenceReading.BothRead(body, serializer, out _, out _));
    }

    [Fact]
    public void ExtensionData_ReadFromEightThreadsAtOnce_IsOneInstanceWithEveryMember()
    {
        byte[] call = File.ReadAllBytes(FixturePath("quirk-unknown-primitive-members-call-event.json"));
        byte[] summary = File.ReadAllBytes(FixturePath("quirk-unknown-members-mixed-leg.json"));
        const int Threads = 8;
        for (int round = 0; round < 25; round++)
        {
            CallEventPayload payload = Assert.IsType<CallActionEvent>(WebhookParser.Default.Parse(call)).Payload;
            CallLeg leg = Assert.Single(Assert.IsType<SessionSummaryEvent>(WebhookParser.Default.Parse(summary)).Payload.Legs);
            var seen = new IReadOnlyDictionary<string, JsonElement>[Threads][];
            using var start = new Barrier(Threads);
            Thread[] readers = [.. Enumerable.Range(0, Threads).Select(index => new Thread(() =>
            {
                start.SignalAndWait();
                seen[index] = [payload.ExtensionData, payload.EventData!.ExtensionData, leg.ExtensionData, leg.CallQuality!.ExtensionData];
            }))];
            foreach (Thread reader in readers)
            {
                reader.Start();
            }

            foreach (Thread reader in readers)
            {
                reader.Join();
            }

            for (int kind = 0; kind < 4; kind++)
            {
                Assert.All(seen, views => Assert.Same(seen[0][kind], views[kind]));
            }

            Assert.Same(seen[0][0], payload.ExtensionData);
            Assert.Equal(11, seen[0][0].Count);
            Assert.Equal(4, seen[0][1].Count);
            Assert.Equal(7, seen[0][2].Count);
            Assert.Equal(4, seen[0][3].Count);
            Assert.Equal("SingTel", seen[0][2]["carrier"].GetString());
        }
    }

    private static T Reference<T>(string fixture)
        where T : class
        => JsonSerializer.Deserialize(File.ReadAllBytes(FixturePath(fixture)), TypeInfo<T>())!;

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)ContextOptions.GetTypeInfo(typeof(T));

    // Each member as a caller can observe it: name, kind, text as sent, and what the typed getters give or throw.
    private static string[] Describe(IReadOnlyDictionary<string, JsonElement> members)
        => [.. members.Select(member => $"{member.Key} {member.Value.ValueKind} {member.Value.GetRawText()} {Read(member.Value)}")];

    private static string Read(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    return value.GetString()!;
                }
                catch (InvalidOperationException ex)
                {
                    return ex.GetType().Name;
                }

            case JsonValueKind.Number:
                return string.Join(
                    '|',
                    value.TryGetInt32(out int int32) ? int32.ToString(CultureInfo.InvariantCulture) : "-",
                    value.TryGetInt64(out long int64) ? int64.ToString(CultureInfo.InvariantCulture) : "-",
                    value.TryGetDouble(out double number) ? number.ToString("R", CultureInfo.InvariantCulture) : "-",
                    value.TryGetDecimal(out decimal exact) ? exact.ToString(CultureInfo.InvariantCulture) : "-");
            case JsonValueKind.True or JsonValueKind.False:
                return value.GetBoolean().ToString();
            default:
                return value.ToString();
        }
    }
}
