using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Tests.Voice;

/// <summary>clientRequestId and clientBatchId on a callflow: at most 50 characters, checked offline, written top-level.</summary>
public sealed class CallflowCorrelationIdsTests
{
    [Fact]
    public void Build_ClientBatchIdOf51Characters_RefusedWithItsPath()
    {
        CallflowBuilder builder = new CallflowBuilder()
            .ClientBatchId(new string('b', 51))
            .MakeCall("+6588000000", "+6590000000");

        CallflowValidationException error = Assert.Throws<CallflowValidationException>(builder.Build);

        CallflowProblem problem = Assert.Single(error.Problems);
        Assert.Equal("$.clientBatchId", problem.Path);
        Assert.Contains("at most 50", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_IdsOf50Characters_WrittenTopLevelBesideTheCallflow()
    {
        Callflow callflow = new CallflowBuilder()
            .ClientRequestId(new string('r', 50))
            .ClientBatchId(new string('b', 50))
            .MakeCall("+6588000000", "+6590000000")
            .Build();

        Fixtures.AssertJsonEqual(
            $$$"""{"callflow":[{"action":"makeCall","params":{"source":"+6588000000","destination":"+6590000000"}}],"clientRequestId":"{{{new string('r', 50)}}}","clientBatchId":"{{{new string('b', 50)}}}"}""",
            callflow.ToJson());
    }

    [Fact]
    public async Task SendAsync_HandMadeFlowWithLongRequestId_RefusedBeforeSending()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        var callflow = new Callflow([new MakeCallAction("+6588000000", "+6590000000")]) { ClientRequestId = new string('r', 51) };

        CallflowValidationException error = await Assert.ThrowsAsync<CallflowValidationException>(() => voice.Client.Callflows.SendAsync(callflow));

        Assert.Equal("$.clientRequestId", Assert.Single(error.Problems).Path);
        Assert.Empty(voice.Server.Requests);
    }
}
