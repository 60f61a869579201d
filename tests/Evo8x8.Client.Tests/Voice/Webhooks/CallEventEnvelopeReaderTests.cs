using System.Text.Json;
using System.Text;
using CsCheck;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

/// <summary>
/// The envelope of a call action or call status event is read member by member (CallEventEnvelopeReader) when it has
/// the usual shape, and by the serializer's contract otherwise. These tests hold the parser to the contract for
/// generated envelopes (members in any order and case, escaped or unknown names, repeats, numbers as text, wrong kinds),
/// and check that the usual bodies really take the member-by-member way.
/// </summary>
public sealed class CallEventEnvelopeReaderTests
{
    private static readonly string[] Names =
    [
        "namespace", "description", "version", "payload", "eventType", "Namespace", "DESCRIPTION", "Version", "Payload", "EventType",
        "\\u006eamespace", "descr\\u0069ption", "carrier", "unknown", "eventtype", "caf\\u00e9",
    ];

    private static readonly string[] Values =
    [
        "\"VOICE\"", "\"Status update of a call\"", "null", "5", "\"5\"", "5.5", "-1", "2147483648", "true", "[]", "{}", "\"\"",
        "\"caf\\u00e9\"", "\"\\ud800\"", "\"CALL_STATUS\"", "\"CALL_ACTION\"", "{\"callId\":\"c-1\",\"callStatus\":\"CALL_RECEIVED\"}",
        "{\"eventId\":\"e-1\",\"carrier\":\"SingTel\",\"eventData\":{\"dtmf\":\"1\",\"attempt\":2}}", "{\"callId\":\"a\",\"CALLID\":\"b\"}",
        "{\"sipCode\":\"x\"}", "{\"x\":{\"y\":[1,{\"z\":null}]}}",
    ];

    private static readonly string[] Payloads =
    [
        "{}", "{\"callId\":\"c-2\",\"callStatus\":\"CALL_CONNECTED\",\"callDuration\":21}",
        "{\"eventId\":\"e-2\",\"eventData\":{\"dtmf\":\"12\"},\"timestamp\":\"2024-07-08T10:15:21Z\"}",
    ];

    [Fact]
    public void GeneratedEnvelopes_ReadAsTheSerializerReadsThem()
    {
        Gen<(bool Action, int Payload, bool PayloadFirst, (int Name, int Value)[] Members)> envelopes = Gen.Select(
            Gen.Bool, Gen.Int[0, Payloads.Length - 1], Gen.Bool, Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, Values.Length - 1]).Array[0, 6]);
        envelopes.Sample(
            chosen =>
            {
                string eventType = chosen.Action ? "CALL_ACTION" : "CALL_STATUS";
                IEnumerable<string> members = chosen.Members.Select(member => $"\"{Names[member.Name]}\":{Values[member.Value]}");
                string payload = $"\"payload\":{Payloads[chosen.Payload]}";
                members = chosen.PayloadFirst ? members.Prepend(payload) : members.Append(payload);
                string body = "{" + string.Join(",\n", members.Append($"\"eventType\":\"{eventType}\"")) + "}";
                IEnumerable<string> names = chosen.Members.Select(member => Unescaped(Names[member.Name])).Append("payload").Append("eventType");
                if (names.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Any(group => group.Count() > 1))
                {
                    // The parser refuses a repeated envelope member; the serializer may first meet another error.
                    Assert.Throws<WebhookParseException>(() => WebhookParser.Default.Parse(Encoding.UTF8.GetBytes(body)));
                    return;
                }

                AssertSameReading(Encoding.UTF8.GetBytes(body), chosen.Action);
            },
            iter: 20_000);
    }

    [Theory]
    [MemberData(nameof(ReferenceReading.UsualCallEventFixtures), MemberType = typeof(ReferenceReading))]
    public void UsualFixture_IsReadMemberByMemberAsTheSerializerReadsIt(string fixture)
    {
        byte[] body = ReferenceReading.CallEventFixture(fixture, out bool action);

        WebhookEvent? read = CallEventEnvelopeReader.TryRead(body, action ? WebhookEventType.CallAction : WebhookEventType.CallStatus);

        Assert.NotNull(read);
        WebhookEvent expected = action ? JsonSerializer.Deserialize(body, ReferenceReading.CallAction)! : JsonSerializer.Deserialize(body, ReferenceReading.CallStatus)!;
        Assert.Equal(Render(expected), Render(read));
        Assert.Equal(Render(expected), Render(WebhookParser.Default.Parse(body)));

        // What de-duplication reads of the event is the contract's too.
        Assert.NotNull(read.DeduplicationKey);
        Assert.Equal(expected.DeduplicationKey, read.DeduplicationKey);
    }

    [Theory]
    [InlineData("""{"payload":{},"eventType":"CALL_STATUS","carrier":"x"}""")]
    [InlineData("""{"payload":{},"EventType":"CALL_STATUS"}""")]
    [InlineData("""{"payload":{},"eventType":"CALL_STATUS","version":"5"}""")]
    [InlineData("""{"payload":{"sipCode":"x"},"eventType":"CALL_STATUS"}""")]
    [InlineData("""{"payload":{},"eventType":"CALL_STATUS"} x""")]
    [InlineData("""{"payload":{},"eventType":"CALL_ACTION"}""")]
    [InlineData("""{"payload":null,"eventType":"CALL_STATUS"}""")]
    public void UnusualEnvelope_IsLeftToTheContract(string body)
        => Assert.Null(CallEventEnvelopeReader.TryRead(Encoding.UTF8.GetBytes(body), WebhookEventType.CallStatus));

    [Theory]
    [InlineData("{\"DESCRIPTION\":5,\n\"payload\":{},\"eventType\":\"CALL_STATUS\"}", "$.DESCRIPTION", 1)]
    [InlineData("{\"payload\":\"VOICE\",\n\"payload\":{},\n\"eventType\":\"CALL_STATUS\"}", "$.payload", 1)]
    [InlineData("{\"version\":true,\n\"Namespace\":-1,\"payload\":{},\"eventType\":\"CALL_ACTION\"}", "$.version", 1)]
    public void BodyWithSeveralErrors_IsRefusedAtTheFirstAsTheSerializerDoes(string body, string path, long line)
    {
        var error = Assert.Throws<WebhookParseException>(() => WebhookParser.Default.Parse(Encoding.UTF8.GetBytes(body)));

        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.LineNumber);
    }

    private static void AssertSameReading(byte[] body, bool action)
    {
        Func<byte[], WebhookEvent?> serializer = action
            ? bytes => JsonSerializer.Deserialize(bytes, ReferenceReading.CallAction)
            : bytes => JsonSerializer.Deserialize(bytes, ReferenceReading.CallStatus);
        if (ReferenceReading.BothRead(body, serializer, out WebhookEvent? expected, out WebhookEvent actual))
        {
            Assert.Equal(Render(expected), Render(actual));
        }
    }

    private static string Unescaped(string name)
    {
        using JsonDocument text = JsonDocument.Parse("\"" + name + "\"");
        return text.RootElement.GetString()!;
    }

    private static string Render(WebhookEvent? webhookEvent) => webhookEvent switch
    {
        CallActionEvent action => $"{Envelope(action)} {CallEventReaderTests.Write(action.Payload)}",
        CallStatusEvent status => $"{Envelope(status)} {CallEventReaderTests.Write(status.Payload)}",
        null => "null",
        _ => webhookEvent.GetType().Name,
    };

    private static string Envelope(WebhookEvent webhookEvent)
        => $"{webhookEvent.GetType().Name} ns={webhookEvent.Namespace} type={webhookEvent.EventType.Value} description={webhookEvent.Description} version={webhookEvent.Version}"
            + CallEventReaderTests.Unknown(webhookEvent.ExtensionData);
}
