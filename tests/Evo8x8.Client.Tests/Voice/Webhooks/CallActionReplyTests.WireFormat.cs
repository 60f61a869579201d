using System.Text;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

public sealed partial class CallActionReplyTests
{
    private const string Awkward = "Hi & bye, it's <Zoë> at +6512341234: 你好";

    [Fact]
    public void BuildReply_MakeCallWithCallRecording_ValidatesAndSerializesAs8x8Sample()
    {
        CallActionReply reply = new CallflowBuilder()
            .MakeCall("+65123456789", "+6543212345", callRecording: true)
            .BuildReply("ivr1_level2");

        Assert.Empty(reply.Warnings);
        Fixtures.AssertJsonEqual(Fixtures.Read("Voice/Webhooks/Fixtures/reply-makecall-callrecording.json"), reply.ToJson());
    }

    [Fact]
    public void ToJson_AwkwardCharacters_EscapedExactlyAsTheSameActionsInACallflow()
    {
        var builder = new CallflowBuilder()
            .MakeCall("+6512341234", "+6512345678")
            .Say(Awkward, "en-US-JennyNeural");
        string callflowJson = builder.Build().ToJson();

        string replyJson = builder.BuildReply().ToJson();

        string callflowActions = callflowJson[callflowJson.IndexOf("\"callflow\"", StringComparison.Ordinal)..];
        Assert.Equal("{" + callflowActions, replyJson);
        Assert.Contains("\"source\":\"+6512341234\"", replyJson, StringComparison.Ordinal);
        Assert.Contains("Hi & bye, it's <Zoë> at +6512341234: 你好", replyJson, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", replyJson, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTo_AwkwardCharacters_WritesTheSameBytesAsToJson()
    {
        CallActionReply reply = new CallflowBuilder().Say(Awkward, "en-US-JennyNeural").BuildReply("m&m");
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();

        reply.WriteTo(buffer);

        Assert.Equal(reply.ToJson(), Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Contains("\"clientActionId\":\"m&m\"", reply.ToJson(), StringComparison.Ordinal);
    }
}
