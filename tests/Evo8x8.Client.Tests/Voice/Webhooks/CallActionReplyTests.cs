using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

public sealed partial class CallActionReplyTests
{
    [Fact]
    public void BuildReply_IvrMenuWithoutMakeCall_SerializesClientActionIdAndCallflow()
    {
        CallActionReply reply = new CallflowBuilder()
            .SayAndCapture("Press 1 for sales, 2 for support.", "en-US-JennyNeural", minDigits: 1, maxDigits: 1)
            .BuildReply("main-menu");

        Fixtures.AssertJsonEqual(
            """
            {
              "clientActionId": "main-menu",
              "callflow": [
                { "action": "sayAndCapture", "params": { "promptMessage": "Press 1 for sales, 2 for support.", "voiceProfile": "en-US-JennyNeural", "minDigits": 1, "maxDigits": 1 } }
              ]
            }
            """,
            reply.ToJson());
    }

    [Fact]
    public void BuildReply_WithoutClientActionId_OmitsIt()
    {
        CallActionReply reply = new CallflowBuilder().Say("Goodbye.", "en-US-JennyNeural").Hangup().BuildReply();

        Fixtures.AssertJsonEqual(
            """{ "callflow": [ { "action": "say", "params": { "text": "Goodbye.", "voiceProfile": "en-US-JennyNeural" } }, { "action": "hangup" } ] }""",
            reply.ToJson());
    }

    [Fact]
    public void WriteTo_BufferWriter_WritesTheSameJsonAsToJson()
    {
        CallActionReply reply = new CallflowBuilder().PlayFile("https://example.com/menu.mp3").BuildReply("m");
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();

        reply.WriteTo(buffer);

        Assert.Equal(reply.ToJson(), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void BuildReply_BrokenRules_ThrowsWithEveryProblemButNotTheMakeCallFirstRule()
    {
        CallflowBuilder builder = new CallflowBuilder()
            .Hangup()
            .Say("", "en-US-JennyNeural", repetition: 5);

        CallflowValidationException error = Assert.Throws<CallflowValidationException>(() => builder.BuildReply("x"));

        Assert.Equal(
            ["$.callflow[0]", "$.callflow[1].params.text", "$.callflow[1].params.repetition"],
            error.Problems.Select(problem => problem.Path));
        Assert.DoesNotContain(error.Problems, problem => problem.PreventedStatusCode == CallflowStatusCode.FirstActionNotMakeCall);
        Assert.Contains(builder.Validate(), problem => problem.PreventedStatusCode == CallflowStatusCode.FirstActionNotMakeCall);
    }

    [Fact]
    public void TryBuildReply_ValidUntilSet_IsReportedNotDropped()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 7, 1, 12, 0));
        CallflowBuilder builder = new CallflowBuilder(clock).ValidFor(Duration.FromMinutes(5)).Hangup();

        bool built = builder.TryBuildReply(null, out CallActionReply? reply, out IReadOnlyList<CallflowProblem> problems);

        Assert.False(built);
        Assert.Null(reply);
        CallflowProblem problem = Assert.Single(problems);
        Assert.Equal("$.validUntil", problem.Path);
    }

    [Fact]
    public void BuildReply_EmptyFlow_IsRefused()
    {
        CallflowValidationException error = Assert.Throws<CallflowValidationException>(() => new CallflowBuilder().BuildReply());

        Assert.Equal("$.callflow", Assert.Single(error.Problems).Path);
    }
}
